/**
 * The circle of trust around the platform: one marketplace, its payment partner, a courier and a mediator, all
 * onboarded as an operator would (the admin CLI), plus buyers on demand, the SMS provider's log and the
 * marketplace's webhook receiver. The scenarios, the simulator, the benchmark and the chaos run all act through it.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceName } from '@trustcircle/contracts';
import { waitFor } from '@trustcircle/testing';
import { BuyerActor, type CircleEndpoints, CourierActor, MarketplaceActor, MediatorActor, type OperatorCredentials, SIM_SELLER, PaymentPartnerActor, type PlacedOrder } from './actors';
import { callJson } from './http';
import type { SmsInbox, WebhookLog } from './observers';

/** Runs the admin CLI with the given arguments and answers its stdout. */
export type AdminCli = (args: string[]) => Promise<string>;

/** Moves the services' clocks (test stacks only): forward by `ms`, then fires what fell due. */
export interface ClockControl {
  advanceAndSweep(ms: number): Promise<{ fired: number; failed: number }>;
}

export interface CircleParties {
  marketplace: MarketplaceActor;
  payer: PaymentPartnerActor;
  courier: CourierActor;
  mediator: MediatorActor;
}

export class Circle {
  constructor(
    readonly at: CircleEndpoints,
    readonly parties: CircleParties,
    readonly sms: SmsInbox,
    readonly webhooks: WebhookLog,
    readonly clock: ClockControl | undefined,
  ) {}

  get marketplace(): MarketplaceActor {
    return this.parties.marketplace;
  }

  get payer(): PaymentPartnerActor {
    return this.parties.payer;
  }

  get courier(): CourierActor {
    return this.parties.courier;
  }

  get mediator(): MediatorActor {
    return this.parties.mediator;
  }

  buyer(order: PlacedOrder): BuyerActor {
    return new BuyerActor(this.at, this.sms, order);
  }

  /** True when time can be moved (a test stack); false on the wall clock, where windows are set to zero instead. */
  get canMoveTime(): boolean {
    return this.clock !== undefined;
  }

  /** Moves time on (test stacks only). */
  async advance(ms: number): Promise<void> {
    if (!this.clock) throw new Error('this circle cannot move time: its services run on the wall clock');
    await this.clock.advanceAndSweep(ms);
  }

  /**
   * Onboards the parties with the admin CLI (a marketplace, a payment partner bound to it, a courier remitting cash
   * on delivery to that partner, an admin operator), subscribes the marketplace's webhooks to `webhookUrl`, and waits until every service knows them.
   */
  static async onboard(at: CircleEndpoints, admin: AdminCli, webhookUrl: string | undefined, label = randomUUID().slice(0, 8)): Promise<CircleParties & { webhookSecret?: string }> {
    const create = async (kind: string, name: string, extra: string[] = []): Promise<{ id: string; apiKey: string; webhookSecret: string }> =>
      JSON.parse(await admin(['partners', 'create', '--kind', kind, '--name', name, ...extra, '--json'])) as { id: string; apiKey: string; webhookSecret: string };
    const shop = await create('marketplace', `Sim shop ${label}`);
    const [pay, ship] = await Promise.all([create('payment-partner', `Sim pay ${label}`, ['--marketplace', shop.id]), create('courier', `Sim courier ${label}`)]);
    const operator = JSON.parse(await admin(['operators', 'create', '--name', `sim-mediator-${label}`, '--role', 'admin', '--json'])) as OperatorCredentials;
    const parties: CircleParties = {
      marketplace: new MarketplaceActor(at, shop.id, shop.apiKey),
      payer: new PaymentPartnerActor(at, pay.id, pay.apiKey, pay.webhookSecret),
      courier: new CourierActor(at, ship.id, ship.webhookSecret),
      mediator: new MediatorActor(at, { name: operator.name, password: operator.password, totpUri: operator.totpUri }),
    };
    // The courier remits cash on delivery into the payment partner's collection account (escrow refuses a courier's
    // remittance without one); the partners learn it from the partner topic like anything else.
    await parties.mediator.setPartnerSettings(ship.id, { codCollectionPartnerId: pay.id });
    await Circle.waitUntilKnown(at, parties);
    await parties.marketplace.registerPayoutAccount(SIM_SELLER.id);
    const webhookSecret = webhookUrl ? await waitFor(() => parties.marketplace.subscribeWebhooks(webhookUrl).catch(() => undefined), { what: 'the webhook endpoint', timeoutMs: 60_000, intervalMs: 250 }) : undefined;
    return { ...parties, webhookSecret };
  }

  /** Every service learns partners from the partner topic: waits until each accepts their credentials. */
  static async waitUntilKnown(at: CircleEndpoints, p: CircleParties): Promise<void> {
    const known = (what: string, probe: () => Promise<number>): Promise<unknown> =>
      waitFor(async () => ![401, 403, 404].includes(await probe()), { what: `${what} to know the partners`, timeoutMs: 60_000, intervalMs: 250 });
    const auth = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });
    const status = async (service: ServiceName, path: string, key: string): Promise<number> => (await callJson(at.url(service, path), { headers: auth(key) })).status;
    await Promise.all([
      known('orders', async () => (await p.marketplace.post('orders', '/v1/orders', {})).status),
      known('escrow', () => status('escrow', `/v1/partners/${p.payer.id}/instructions?limit=1`, p.payer.apiKey)),
      known('disputes', () => status('disputes', '/v1/disputes?limit=1', p.marketplace.apiKey)),
      known('delivery tracking', () => status('delivery-tracking', '/v1/shipments?limit=1', p.marketplace.apiKey)),
      // A known courier's signed event with a bad body is a 400; an unknown courier's is refused before that.
      known('delivery tracking (courier)', async () => (await p.courier.event('?', 'NOT_A_STATUS')).status),
    ]);
  }
}
