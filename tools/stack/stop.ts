/** `npm stop`: stops the local stack's demo traffic, services and sandbox (SIGTERM, then SIGKILL) and its Kafka broker. */
import { SERVICE_NAMES } from '@trustcircle/contracts';
import { stopKafka } from '@trustcircle/devstack';
import { stopProcess } from './processes';

async function main(): Promise<void> {
  // The demo traffic first (it would only see refusals), the services, then the sandbox they text through.
  const simulator = (await stopProcess('simulator')) ? ['simulator'] : [];
  const stopped = await Promise.all(SERVICE_NAMES.map(async (s) => ((await stopProcess(s)) ? s : undefined)));
  const sandbox = (await stopProcess('sandbox')) ? ['sandbox'] : [];
  const names = [...simulator, ...stopped.filter(Boolean), ...sandbox];
  console.log(names.length > 0 ? `[stop] stopped ${names.join(', ')}` : '[stop] no service was running');
  console.log((await stopKafka('dev')) ? '[stop] Kafka stopped' : '[stop] Kafka was not running');
}

main().catch((e: unknown) => {
  console.error(`[stop] ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
