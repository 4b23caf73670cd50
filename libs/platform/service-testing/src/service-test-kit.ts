/**
 * The base of every service's integration-test kit (test-only code, never imported by an app): one service app
 * in process on the real PostgreSQL, Redis and Kafka, with its clock movable (TEST_HOOKS_ENABLED) and its
 * periodic deadline sweep slowed to 10 minutes (tests sweep when they move time), partners applied to its
 * directory as the partner topic would, signed webhooks and API calls, operator tokens from a signing key the
 * app trusts, and its events read back from its outbox. Each service's kit extends it with its own helpers.
 */
import { randomUUID } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_CATALOGUE, type EventOf, type EventType, type PartnerSettingsV1, type PartnerUpsertedV1, type PayloadOf, SERVICES, type ServiceName, buildEvent, sampleEvent } from '@trustcircle/contracts';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, OffsetClock } from '@trustcircle/kernel';
import {
  generateApiKey,
  generateSigningKey,
  type GeneratedSigningKey,
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

/** Marketplace settings of test partners (2% fee, 3 inspection days, 5 ship-by days). */
export const TEST_MARKETPLACE_SETTINGS: PartnerSettingsV1 = {
  inspectionDays: 3,
  shipByDays: 5,
  unpaidExpiryHours: 24,
  platformFeeBps: 200,
  zaloEnabled: false,
  unaccentedSms: false,
  ipAllowList: [],
};

/** A partner registered in a service's directory: its id, API key and webhook secret. */
export interface TestPartner {
  id: string;
  apiKey: string;
  secret: string;
}

/**
 * An HTTP answer: the status and the JSON body (`{}` when empty, `{ text }` when not JSON). `headers` is there
 * too but not enumerable, so two answers compare equal by status and body alone.
 */
export interface TestResponse {
  status: number;
  body: Record<string, unknown>;
  readonly headers: Headers;
}

/** A running service app and the helpers shared by every service's tests. */
export class ServiceTestKit {
  protected constructor(
    readonly app: NestExpressApplication,
    readonly db: DataSource,
    readonly service: ServiceName,
    private readonly signingKey: GeneratedSigningKey,
  ) {}

  /** Boots `module` as `service` (`env` overrides the process env) and trusts a fresh operator signing key. */
  protected static async boot(module: DynamicModule, service: ServiceName): Promise<{ app: NestExpressApplication; db: DataSource; signingKey: GeneratedSigningKey }> {
    const app = await createServiceApp(module, { service });
    await app.listen(0, '127.0.0.1');
    const db = app.get<DataSource>(getDataSourceToken());
    const signingKey = generateSigningKey();
    const now = new Date().toISOString();
    const { kid, publicJwk } = signingKey;
    await db.transaction((m) => app.get(PartnerDirectoryWriter).applySigningKey(m, { kid, alg: 'EdDSA', status: 'ACTIVE', publicJwk, publishedAt: now, notAfter: null }, now));
    return { app, db, signingKey };
  }

  /** The environment a kit boots its app with: the process env, test hooks on, the periodic sweep slowed, then `env`. */
  static testEnv(env: Record<string, string> = {}): Record<string, string | undefined> {
    return { ...process.env, TEST_HOOKS_ENABLED: 'true', DEADLINE_SWEEP_MS: '600000', ...env };
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.app.getHttpServer().address() as { port: number }).port}`;
  }

  /**
   * Applies a partner to the service's directory as the partner topic would. With `id`, the partner keeps that id
   * (the same marketplace known to two services in one cross-service test), with a key of its own per service.
   */
  async registerPartner(kind: 'MARKETPLACE' | 'PAYMENT_PARTNER' | 'COURIER', marketplaceIds: string[] = [], settings: PartnerSettingsV1 = TEST_MARKETPLACE_SETTINGS, id: string = randomUUID()): Promise<TestPartner> {
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

  /** POSTs a body as a signed webhook (Standard Webhooks) from `partner`, timestamped by the app's clock. */
  async signedPost(partner: TestPartner, path: string, body: unknown, opts: { signWith?: string; webhookId?: string } = {}): Promise<TestResponse> {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const id = opts.webhookId ?? `msg_${randomUUID()}`;
    const ts = Math.floor(this.now().getTime() / 1000); // the app judges the timestamp by its own (movable) clock
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(opts.signWith ?? partner.secret, id, ts, raw) },
      body: raw,
    });
    return ServiceTestKit.answer(res);
  }

  /** Calls the app with an optional bearer (a partner's API key or an `operatorToken`) and JSON body. */
  async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, bearer?: string, body?: unknown): Promise<TestResponse> {
    const headers: Record<string, string> = {};
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return ServiceTestKit.answer(await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
  }

  get(path: string, bearer?: string): Promise<TestResponse> {
    return this.call('GET', path, bearer);
  }

  /** A token of a (new, unless `operatorId`) operator with `role`, signed by the kit's trusted key at the app clock's now. */
  operatorToken(role: OperatorRole, operatorId: string = randomUUID()): string {
    const input = { operatorId, name: `test-${role}`, role, now: this.now(), ttlSeconds: 3600 };
    return signOperatorToken(input, this.signingKey.kid, privateKeyFromDer(this.signingKey.privateKeyDer)).token;
  }

  protected static async answer(res: Response): Promise<TestResponse> {
    const text = await res.text();
    let body: Record<string, unknown> = {};
    if (text) {
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        body = { text };
      }
    }
    const answer = { status: res.status, body } as TestResponse;
    Object.defineProperty(answer, 'headers', { value: res.headers, enumerable: false });
    return answer;
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

  /** The events the service recorded under a key (an order id, or a record's own id), oldest first. */
  async events(key: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
    const rows = (await this.db.query(`SELECT "type", "envelope" FROM "${SERVICES[this.service].schema}"."outbox" WHERE "key" = $1 ORDER BY "seq"`, [key])) as Array<{
      type: string;
      envelope: { data: Record<string, unknown> };
    }>;
    return rows.map((r) => ({ type: r.type, data: r.envelope.data }));
  }

  async eventTypes(key: string): Promise<string[]> {
    return (await this.events(key)).map((e) => e.type);
  }

  /** The payloads of the events of `type` recorded under `key`, oldest first. */
  async eventData(key: string, type: string): Promise<Array<Record<string, unknown>>> {
    return (await this.events(key)).filter((e) => e.type === type).map((e) => e.data);
  }

  /** The payloads of the operator alerts the service raised about an order, or whose message mentions a text (an id). */
  async operatorAlerts(about: { orderId: string } | { mentioning: string }): Promise<Array<Record<string, unknown>>> {
    const [where, param] = 'orderId' in about ? [`"envelope"->'data'->>'orderId' = $1`, about.orderId] : [`"envelope"->'data'->>'message' LIKE $1`, `%${about.mentioning}%`];
    const rows = (await this.db.query(`SELECT "envelope" FROM "${SERVICES[this.service].schema}"."outbox" WHERE "type" = 'platform.operator-alert-raised' AND ${where} ORDER BY "seq"`, [
      param,
    ])) as Array<{ envelope: { data: Record<string, unknown> } }>;
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
    if (!(clock instanceof OffsetClock)) throw new Error(`the ${this.service} app clock cannot be moved (TEST_HOOKS_ENABLED?)`);
    clock.advance(ms);
  }

  async sweep(): Promise<void> {
    await this.app.get(DeadlineScheduler).sweepNow();
  }
}
