/**
 * Test kit for the escrow service's integration tests (test-only code, never imported by the app): an in-process
 * escrow app on the real PostgreSQL, Redis and Kafka, partners applied to its directory as the partner topic
 * would, escrows opened as the order consumer would, payments sent as signed webhooks, API calls made with a
 * partner's API key or an operator token (the kit's own signing key, trusted at start), events and operator
 * alerts read back from the outbox, time moved with the app's OffsetClock and deadlines swept.
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_CATALOGUE, type EventOf, type EventType, type PartnerUpsertedV1, type PayloadOf, buildEvent, sampleEvent } from '@trustcircle/contracts';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, OffsetClock } from '@trustcircle/kernel';
import {
  generateApiKey,
  generateSigningKey,
  generateWebhookSecret,
  type OperatorRole,
  PartnerDirectoryWriter,
  PlatformKeyring,
  privateKeyFromDer,
  signOperatorToken,
  signWebhook,
  webhookSecretAad,
} from '@trustcircle/security';
import { createServiceApp } from '@trustcircle/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { AppModule } from '../app.module';
import { OpenEscrowUseCase } from '../escrow/application/open-escrow/open-escrow.use-case';
import { EscrowRecord } from '../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../ledger/application/ledger.service';
import type { LedgerAccountRef } from '../ledger/domain/ledger-account';
import { detailsJson, maskAccountNumber } from '../payout-accounts/domain/payout-account-details';

export const TEST_MARKETPLACE_SETTINGS = { inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] };

/** The seller's payout account sealed on an order opened `withPayoutAccount`, in clear (the body of a payout-account PUT). */
export const TEST_PAYOUT_ACCOUNT = { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0123456789', accountName: 'NGUYEN VAN AN' } as const;

/** A partner registered in the escrow directory: its id, API key and webhook secret. */
export interface TestPartner {
  id: string;
  apiKey: string;
  secret: string;
}

export interface OpenedEscrow {
  escrowId: string;
  orderId: string;
  code: string;
  paymentReference: string;
  sellerId: string;
}

/** An HTTP answer: the status and the JSON body (`{}` when empty). */
export interface TestResponse {
  status: number;
  body: Record<string, unknown>;
}

/** One running escrow app and the helpers that drive it. */
export class EscrowTestKit {
  private readonly signingKey = generateSigningKey();

  private constructor(
    readonly app: NestExpressApplication,
    readonly db: DataSource,
  ) {}

  /**
   * Starts the app (`env` overrides the process env) and trusts the kit's operator signing key. Deadlines fire
   * only when a test sweeps (`advance`, `sweep`): the periodic sweep is slowed to 10 minutes.
   */
  static async start(env: Record<string, string> = {}): Promise<EscrowTestKit> {
    const app = await createServiceApp(AppModule.forRoot({ ...process.env, TEST_HOOKS_ENABLED: 'true', DEADLINE_SWEEP_MS: '600000', ...env }), { service: 'escrow' });
    await app.listen(0, '127.0.0.1');
    const kit = new EscrowTestKit(app, app.get(getDataSourceToken()));
    const now = new Date().toISOString();
    const { kid, publicJwk } = kit.signingKey;
    await kit.tx((m) => app.get(PartnerDirectoryWriter).applySigningKey(m, { kid, alg: 'EdDSA', status: 'ACTIVE', publicJwk, publishedAt: now, notAfter: null }, now));
    return kit;
  }

  /** Starts the app with one marketplace and a payment partner serving it. */
  static async startWithPartners(env: Record<string, string> = {}): Promise<{ kit: EscrowTestKit; marketplace: TestPartner; partner: TestPartner }> {
    const kit = await EscrowTestKit.start(env);
    const marketplace = await kit.registerPartner('MARKETPLACE');
    const partner = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);
    return { kit, marketplace, partner };
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.app.getHttpServer().address() as { port: number }).port}`;
  }

  /** Applies a partner to the escrow directory as the partner topic would. */
  async registerPartner(kind: 'MARKETPLACE' | 'PAYMENT_PARTNER' | 'COURIER', marketplaceIds: string[] = [], settings = TEST_MARKETPLACE_SETTINGS): Promise<TestPartner> {
    const id = randomUUID();
    const key = generateApiKey(kind);
    const secret = generateWebhookSecret();
    const sealed = this.app.get(PlatformKeyring).seal(secret.secret, webhookSecretAad(id, secret.id));
    const now = new Date().toISOString();
    const event: PartnerUpsertedV1 = {
      partnerId: id,
      kind,
      status: 'ACTIVE',
      name: `Test ${kind} ${id.slice(0, 8)}`,
      revision: 1,
      apiKeys: [{ keyId: key.keyId, sha256: key.sha256, createdAt: now, expiresAt: null }],
      webhookSecrets: kind === 'MARKETPLACE' ? [] : [{ id: secret.id, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: now, expiresAt: null }],
      marketplaceIds,
      settings,
      updatedAt: now,
    };
    await this.tx((m) => this.app.get(PartnerDirectoryWriter).applyPartner(m, event));
    return { id, apiKey: key.apiKey, secret: secret.secret };
  }

  /**
   * Opens a PREPAID escrow (1,000,000 VND) as the `orders.order-placed` consumer would, for a new seller unless
   * `sellerId`. The seller has no payout account on the order unless `withPayoutAccount` (then
   * TEST_PAYOUT_ACCOUNT, sealed for the order as orders seals it).
   */
  async openEscrow(marketplaceId: string, overrides: Partial<PayloadOf<'orders.order-placed'>> = {}, opts: { withPayoutAccount?: boolean; sellerId?: string } = {}): Promise<OpenedEscrow> {
    const orderId = overrides.orderId ?? randomUUID();
    const suffix = randomUUID().replace(/-/g, '').toUpperCase();
    const paymentReference = `TC${suffix.slice(0, 12)}`;
    const code = `TC-${suffix.slice(0, 4)}-${suffix.slice(4, 8)}`;
    const sellerId = opts.sellerId ?? `seller-${suffix.slice(8, 16)}`;
    const { method, institutionCode, accountNumber } = TEST_PAYOUT_ACCOUNT;
    const sealed = this.app.get(PlatformKeyring).seal(detailsJson(TEST_PAYOUT_ACCOUNT), orderId);
    const payoutAccount = { method, institutionCode, accountNumberMasked: maskAccountNumber(accountNumber), sealedDetails: sealed.ciphertext, keyId: sealed.keyId };
    const order = sampleEvent('orders.order-placed', {
      orderId,
      marketplaceId,
      code,
      paymentReference,
      totalAmount: 1_000_000,
      paymentExpiresAt: new Date(this.now().getTime() + 86_400_000).toISOString(),
      seller: { id: sellerId, name: 'Cửa hàng Ánh Dương', ...(opts.withPayoutAccount ? { payoutAccount } : {}) },
      ...overrides,
    });
    const escrow = await this.tx((m) => this.app.get(OpenEscrowUseCase).execute(m, order));
    return { escrowId: escrow.id, orderId: order.orderId, code: order.code, paymentReference: order.paymentReference, sellerId: order.seller.id };
  }

  /** POSTs a payment signed by `partner` (a new webhook message each call); `body` overrides the defaults (1,000,000 VND, a new partnerTxnId, paid now). */
  async pay(partner: TestPartner, body: Record<string, unknown>, opts: { signWith?: string } = {}): Promise<TestResponse> {
    const full = { partnerTxnId: `TXN-${randomUUID()}`, amount: 1_000_000, currency: 'VND', paidAt: new Date().toISOString(), ...body };
    return this.signedPost(partner, `/v1/partners/${partner.id}/payments`, full, opts);
  }

  /** POSTs a body as a signed webhook from `partner`. */
  async signedPost(partner: TestPartner, path: string, body: unknown, opts: { signWith?: string; webhookId?: string } = {}): Promise<TestResponse> {
    const raw = JSON.stringify(body);
    const id = opts.webhookId ?? `msg_${randomUUID()}`;
    const ts = Math.floor(this.now().getTime() / 1000); // the app judges the timestamp by its own (movable) clock
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(opts.signWith ?? partner.secret, id, ts, raw) },
      body: raw,
    });
    return EscrowTestKit.answer(res);
  }

  /** Calls the app with an optional bearer (a partner's API key or an `operatorToken`) and JSON body. */
  async call(method: 'GET' | 'POST' | 'PUT', path: string, bearer?: string, body?: unknown): Promise<TestResponse> {
    const headers: Record<string, string> = {};
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return EscrowTestKit.answer(await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
  }

  get(path: string, bearer?: string): Promise<TestResponse> {
    return this.call('GET', path, bearer);
  }

  /** A token of a (new, unless `operatorId`) operator with `role`, signed by the kit's trusted key at the app clock's now. */
  operatorToken(role: OperatorRole, operatorId: string = randomUUID()): string {
    const input = { operatorId, name: `test-${role}`, role, now: this.now(), ttlSeconds: 3600 };
    return signOperatorToken(input, this.signingKey.kid, privateKeyFromDer(this.signingKey.privateKeyDer)).token;
  }

  private static async answer(res: Response): Promise<TestResponse> {
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  /** Runs `work` in one transaction of the app's data source (as a consumer or a deadline would). */
  tx<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** A catalogue-valid envelope of `type` from its owner, at the app clock's now. */
  event<T extends EventType>(type: T, data: Partial<PayloadOf<T>>): EventOf<T> {
    return buildEvent(type, sampleEvent(type, data), {
      id: randomUUID(),
      occurredAt: this.now().toISOString(),
      correlationId: randomUUID(),
      causationId: null,
      producer: EVENT_CATALOGUE[type].owner as EventOf<T>['producer'],
    });
  }

  escrow(orderId: string): Promise<EscrowRecord> {
    return this.db.manager.findOneByOrFail(EscrowRecord, { orderId });
  }

  async held(orderId: string, manager: EntityManager = this.db.manager): Promise<bigint> {
    const escrow = await this.escrow(orderId);
    return this.balance({ type: 'HELD_FUNDS', escrowId: escrow.id }, manager);
  }

  /** An account's posted balance (0 when it has no account yet). */
  async balance(ref: LedgerAccountRef, manager: EntityManager = this.db.manager): Promise<bigint> {
    return (await this.app.get(LedgerService).balancesOf(ref, manager))?.posted ?? 0n;
  }

  /** The events escrow recorded about an order, oldest first. */
  async events(orderId: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
    const rows = (await this.db.query(`SELECT "type", "envelope" FROM "escrow"."outbox" WHERE "key" = $1 ORDER BY "seq"`, [orderId])) as Array<{ type: string; envelope: { data: Record<string, unknown> } }>;
    return rows.map((r) => ({ type: r.type, data: r.envelope.data }));
  }

  async eventTypes(orderId: string): Promise<string[]> {
    return (await this.events(orderId)).map((e) => e.type);
  }

  /** The payloads of the events of `type` escrow recorded under `key` (an order, payment or reconciliation id), oldest first. */
  async eventData(key: string, type: string): Promise<Array<Record<string, unknown>>> {
    return (await this.events(key)).filter((e) => e.type === type).map((e) => e.data);
  }

  /** The payloads of the operator alerts escrow raised about an order, or whose message mentions a text (an id). */
  async operatorAlerts(about: { orderId: string } | { mentioning: string }): Promise<Array<Record<string, unknown>>> {
    const [where, param] = 'orderId' in about ? [`"envelope"->'data'->>'orderId' = $1`, about.orderId] : [`"envelope"->'data'->>'message' LIKE $1`, `%${about.mentioning}%`];
    const rows = (await this.db.query(`SELECT "envelope" FROM "escrow"."outbox" WHERE "type" = 'platform.operator-alert-raised' AND ${where} ORDER BY "seq"`, [param])) as Array<{
      envelope: { data: Record<string, unknown> };
    }>;
    return rows.map((r) => r.envelope.data);
  }

  now(): Date {
    return this.app.get<OffsetClock>(CLOCK).now();
  }

  /** Moves the app's clock forward and fires every deadline now due. */
  async advance(ms: number): Promise<void> {
    this.advanceWithoutSweep(ms);
    await this.sweep();
  }

  /** Moves the app's clock forward; deadlines now due wait for the next sweep. */
  advanceWithoutSweep(ms: number): void {
    const clock = this.app.get(CLOCK);
    if (!(clock instanceof OffsetClock)) throw new Error('the escrow app clock cannot be moved (TEST_HOOKS_ENABLED?)');
    clock.advance(ms);
  }

  async sweep(): Promise<void> {
    await this.app.get(DeadlineScheduler).sweepNow();
  }
}
