/**
 * The simulator's circle of trust around the platform bench's services (tools/bench/platform.bench.ts): the
 * parties onboarded with the admin CLI (in this process, with the bench environment), the buyers' texts read off
 * a fake SMS gateway in this process, and the marketplace's webhooks received (signatures verified) by a fake
 * receiver in this process. Time is the wall clock: scenarios set their windows to zero instead of moving it.
 */
import { randomUUID } from 'node:crypto';
import { SERVICES, type ServiceName } from '@trustcircle/contracts';
import { runAdminCli } from '../../apps/console/src/cli/run-admin-cli';
import { FakeSmsGateway } from '../../apps/notifications/src/testing/fake-providers/fake-sms-gateway';
import { FakeWebhookReceiver } from '../../apps/notifications/src/testing/fake-providers/fake-webhook-receiver';
import type { CircleEndpoints } from '../simulator/circle/actors';
import { Circle } from '../simulator/circle/circle';
import { SmsInbox, WebhookLog, gatewaySms, receiverWebhooks } from '../simulator/circle/observers';

export const BENCH_SMS_TOKEN = 'bench-sms-gateway-token';

/** The bench's port of a service: 20000 + its usual port (23000–23005). */
export const benchPort = (s: ServiceName): number => 20_000 + SERVICES[s].port;

/** The providers the notifications service talks to, running in this process. */
export interface BenchProviders {
  sms: FakeSmsGateway;
  receiver: FakeWebhookReceiver;
  close(): Promise<void>;
}

export async function startBenchProviders(): Promise<BenchProviders> {
  const [sms, receiver] = await Promise.all([FakeSmsGateway.start({ token: BENCH_SMS_TOKEN }), FakeWebhookReceiver.start({ secrets: [] })]);
  return { sms, receiver, close: async () => void (await Promise.all([sms.close(), receiver.close()])) };
}

/** The admin CLI in this process with the bench environment; answers its stdout. */
export function benchAdminCli(env: Record<string, string>): (args: string[]) => Promise<string> {
  return async (args) => {
    let out = '';
    let err = '';
    const code = await runAdminCli(args, { ...env, LOG_LEVEL: 'warn' }, { out: (t) => void (out += t), err: (t) => void (err += t) });
    if (code !== 0) throw new Error(`admin ${args.slice(0, 2).join(' ')} exited ${code}: ${err.trim()}`);
    return out;
  };
}

/**
 * Onboards a marketplace, payment partner, courier and mediator on the bench services, subscribes the marketplace's
 * webhooks to the receiver (when `webhooks`), and answers the circle.
 */
export async function connectBenchCircle(providers: BenchProviders, adminEnv: Record<string, string>, webhooks: boolean): Promise<Circle> {
  const at: CircleEndpoints = { url: (s, path) => `http://127.0.0.1:${benchPort(s)}${path}`, now: () => new Date() };
  const parties = await Circle.onboard(at, benchAdminCli(adminEnv), webhooks ? `${providers.receiver.url}/hooks/bench-shop` : undefined, `bench-${randomUUID().slice(0, 8)}`);
  providers.receiver.setSecrets(parties.webhookSecret ? [parties.webhookSecret] : []);
  return new Circle(at, parties, new SmsInbox(gatewaySms(providers.sms)), new WebhookLog(receiverWebhooks(providers.receiver)), undefined);
}
