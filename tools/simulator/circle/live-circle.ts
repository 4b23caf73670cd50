/**
 * A circle around an already running stack (`npm start`, or any stack on known URLs): the parties are onboarded
 * once with the admin CLI and remembered in `.var/simulator/circle.json` (reused while the services still accept
 * them), buyers read their texts from the local sandbox, and time is the wall clock (deadlines are not moved).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SERVICES, type ServiceName } from '@trustcircle/contracts';
import { ROOT } from '@trustcircle/devstack';
import { runAdminCli } from '../../../apps/console/src/cli/run-admin-cli';
import { localEnv } from '../../stack/local-env';
import { CourierActor, MarketplaceActor, MediatorActor, type OperatorCredentials, PaymentPartnerActor, type CircleEndpoints } from './actors';
import { Circle } from './circle';
import { SmsInbox, WebhookLog } from './observers';
import { SandboxFeed } from './sandbox-feed';

const SAVED = join(ROOT, '.var', 'simulator', 'circle.json');

/** What is remembered between runs: the parties' credentials (local stack only; the file is under .var, never committed). */
interface SavedCircle {
  marketplace: { id: string; apiKey: string };
  payer: { id: string; apiKey: string; webhookSecret: string };
  courier: { id: string; webhookSecret: string };
  mediator: OperatorCredentials;
}

export interface LiveCircleOptions {
  /** Host the services listen on (their usual ports). */
  host?: string;
  /** The sandbox's base URL (texts and webhooks). */
  sandbox?: string;
  /** Onboard new parties even when saved ones still work. */
  fresh?: boolean;
  log?: (line: string) => void;
}

/** A live circle and what must be stopped with it. */
export interface LiveCircle {
  circle: Circle;
  close(): void;
}

export async function connectLiveCircle(o: LiveCircleOptions = {}): Promise<LiveCircle> {
  const host = o.host ?? '127.0.0.1';
  const at: CircleEndpoints = { url: (s: ServiceName, path: string) => `http://${host}:${SERVICES[s].port}${path}`, now: () => new Date() };
  const feed = await new SandboxFeed(o.sandbox ?? `http://${host}:3090`).start();
  const saved = o.fresh ? undefined : await reusable(at);
  let parties;
  if (saved) {
    parties = partiesOf(at, saved);
    o.log?.('reusing the simulator parties saved in .var/simulator/circle.json');
  } else {
    o.log?.('onboarding a marketplace, a payment partner, a courier and a mediator with the admin CLI...');
    const onboarded = await Circle.onboard(at, adminCli, `${o.sandbox ?? `http://${host}:3090`}/hooks/demo-shop`, `demo-${randomUUID().slice(0, 6)}`);
    parties = onboarded;
    save({
      marketplace: { id: onboarded.marketplace.id, apiKey: onboarded.marketplace.apiKey },
      payer: { id: onboarded.payer.id, apiKey: onboarded.payer.apiKey, webhookSecret: onboarded.payer.webhookSecret },
      courier: { id: onboarded.courier.id, webhookSecret: onboarded.courier.webhookSecret },
      mediator: onboarded.mediator.credentials,
    });
  }
  const circle = new Circle(at, parties, new SmsInbox(() => feed.sms), new WebhookLog(() => feed.webhooks), undefined);
  return { circle, close: () => feed.stop() };
}

/** The admin CLI in this process, with the local stack's environment. */
async function adminCli(args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runAdminCli(args, { ...localEnv(), LOG_LEVEL: 'warn' }, { out: (t) => void (out += t), err: (t) => void (err += t) });
  if (code !== 0) throw new Error(`admin ${args.slice(0, 2).join(' ')} exited ${code}: ${err.trim()}`);
  return out;
}

function partiesOf(at: CircleEndpoints, s: SavedCircle): Circle['parties'] {
  return {
    marketplace: new MarketplaceActor(at, s.marketplace.id, s.marketplace.apiKey),
    payer: new PaymentPartnerActor(at, s.payer.id, s.payer.apiKey, s.payer.webhookSecret),
    courier: new CourierActor(at, s.courier.id, s.courier.webhookSecret),
    mediator: new MediatorActor(at, s.mediator),
  };
}

/** The saved parties, when the services still accept the marketplace's key (a reset database forgets them). */
async function reusable(at: CircleEndpoints): Promise<SavedCircle | undefined> {
  if (!existsSync(SAVED)) return undefined;
  const saved = JSON.parse(readFileSync(SAVED, 'utf8')) as SavedCircle;
  const probe = await partiesOf(at, saved).marketplace.post('orders', '/v1/orders', {}).catch(() => undefined);
  return probe && probe.status !== 401 ? saved : undefined;
}

function save(s: SavedCircle): void {
  mkdirSync(dirname(SAVED), { recursive: true });
  writeFileSync(SAVED, JSON.stringify(s, null, 2), { mode: 0o600 });
}
