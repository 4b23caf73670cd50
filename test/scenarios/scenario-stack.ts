/**
 * The whole platform for the scenario suite: the six services as their own processes on the test ports, with
 * their clocks movable (deadlines fire when the suite sweeps), notifications texting through a real HTTP SMS
 * provider (the fake gateway, which counts what it accepts) and delivering the marketplace's webhooks to a real
 * receiver that verifies every signature. The parties are onboarded with the admin CLI.
 */
import { SERVICE_NAMES, SERVICES, type ServiceName } from '@trustcircle/contracts';
import { type SpawnedService, TEST_INFRA } from '@trustcircle/testing';
import { FakeSmsGateway } from '../../apps/notifications/src/testing/fake-providers/fake-sms-gateway';
import { FakeWebhookReceiver } from '../../apps/notifications/src/testing/fake-providers/fake-webhook-receiver';
import { Circle } from '../../tools/simulator/circle/circle';
import { SmsInbox, WebhookLog, gatewaySms, receiverWebhooks } from '../../tools/simulator/circle/observers';
import { ServiceClocks } from '../e2e/escrow-harness';
import { adminCli, spawnService } from '../e2e/skeleton-harness';
import { consoleTopics, notificationTopics, skipLargeBacklogs } from '../kafka-backlog';

const SMS_TOKEN = 'scenario-sms-token';
/** The services whose clocks move together (the console's too: it signs operators in at the services' now). */
const TIMED: readonly ServiceName[] = SERVICE_NAMES;

export class ScenarioStack {
  readonly services = {} as Record<ServiceName, SpawnedService>;
  sms!: FakeSmsGateway;
  receiver!: FakeWebhookReceiver;
  circle!: Circle;

  /** Boots the stack; `env` is laid over every service's environment. */
  static async start(env: Record<string, string> = {}): Promise<ScenarioStack> {
    const stack = new ScenarioStack();
    await stack.boot(env);
    return stack;
  }

  private async boot(env: Record<string, string>): Promise<void> {
    const url = (s: ServiceName): string => `http://127.0.0.1:${TEST_INFRA.servicePortBase + SERVICES[s].port}`;
    [this.sms, this.receiver] = await Promise.all([FakeSmsGateway.start({ token: SMS_TOKEN }), FakeWebhookReceiver.start({ secrets: [] }), this.skipBacklogs()]);
    const timed = { TEST_HOOKS_ENABLED: 'true', DEADLINE_SWEEP_MS: '600000', OUTBOX_POLL_MS: '200' };
    const extra: Partial<Record<ServiceName, Record<string, string>>> = {
      notifications: {
        // The scenarios wait for each text as it is sent, at whatever hour the suite runs (and their clocks move by
        // days): no quiet hours here. Notifications' own suites test them on a clock set to the hour.
        NOTIFICATION_QUIET_HOURS: 'off',
        SMS_PROVIDERS: 'sms-http',
        SMS_GATEWAY_URL: `${this.sms.url}/sms`,
        SMS_GATEWAY_TOKEN: SMS_TOKEN,
        WEBHOOK_ALLOW_INSECURE_URLS: 'true',
        PUBLIC_PORTAL_URL: url('console'),
      },
    };
    for (const s of SERVICE_NAMES) this.services[s] = spawnService(s, { ...(TIMED.includes(s) ? timed : {}), ...extra[s], ...env });
    await Promise.all(SERVICE_NAMES.map((s) => this.services[s].start()));
    const clocks = new ServiceClocks(TIMED.map((s) => this.services[s]));
    const at = { url: (s: ServiceName, path: string) => this.services[s].url(path), now: () => clocks.now() };
    const parties = await Circle.onboard(at, adminCli, `${this.receiver.url}/hooks/trustcircle`);
    this.receiver.setSecrets(parties.webhookSecret ? [parties.webhookSecret] : []);
    this.circle = new Circle(at, parties, new SmsInbox(gatewaySms(this.sms)), new WebhookLog(receiverWebhooks(this.receiver)), clocks);
  }

  /** Notifications and the console consume every service's events: what earlier suites left there is skipped. */
  private async skipBacklogs(): Promise<void> {
    await skipLargeBacklogs([
      ['console', consoleTopics()],
      ['notifications', notificationTopics()],
    ]);
  }

  async stop(): Promise<void> {
    await Promise.all(Object.values<SpawnedService>(this.services).map((s) => s.stop()));
    await Promise.all([this.sms?.close(), this.receiver?.close()]);
  }
}
