/** The local stack's SMS and webhook sandbox as its own process (`npm start` runs it): SANDBOX_PORT, SMS_GATEWAY_TOKEN. */
import { SandboxServer } from './sandbox-server';

async function main(): Promise<void> {
  const { SANDBOX_PORT, SMS_GATEWAY_TOKEN } = process.env;
  if (!SMS_GATEWAY_TOKEN) throw new Error('SMS_GATEWAY_TOKEN is required');
  const sandbox = new SandboxServer(SMS_GATEWAY_TOKEN);
  const port = await sandbox.listen(Number(SANDBOX_PORT ?? 3090));
  console.log(`[sandbox] SMS gateway and webhook sink on http://127.0.0.1:${port}`);
  const stop = (): void => void sandbox.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(`[sandbox] ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
