/**
 * The real stack for the browser tests: all six services as their own processes on the test ports, the console
 * serving the web app with its dev proxy pointed at the others (the browser talks to the console's origin only)
 * and its health poller fast, plus what the scenarios need set up through the services' real APIs: a marketplace,
 * a payment partner paying by signed webhook, operators enrolled by the admin CLI, buyers reading their one-time
 * codes from the SMS log, and disputes taken to a mediator.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { SERVICE_NAMES, SERVICES, type ServiceName } from '@trustcircle/contracts';
import { edgeRedisKey } from '@trustcircle/http';
import { type SpawnedService, TEST_INFRA, waitFor } from '@trustcircle/testing';
import Redis from 'ioredis';
import { TOTP, URI } from 'otpauth';
import type { Pool } from 'pg';
import { type CliPaymentPartner, onboardPaymentPartner, postSignedWebhook } from '../e2e/escrow-harness';
import { adminCli, onboardMarketplace, orderBody, postOrder, servicePool, spawnService } from '../e2e/skeleton-harness';
import { consoleTopics, notificationTopics, skipLargeBacklogs } from '../kafka-backlog';

/** The per-IP limits of the buyer endpoints (orders' `@RateLimit` rule names), and how loopback peers appear. */
const BUYER_IP_RULES = ['buyer-otp-per-ip', 'buyer-session-per-ip'];
const LOOPBACK_PEERS = ['127.0.0.1', '::ffff:127.0.0.1'];

/** An operator enrolled by the admin CLI: what the enrolment hands over, and a bearer token for API checks. */
export interface EnrolledOperator {
  id: string;
  name: string;
  role: 'admin' | 'mediator' | 'viewer';
  password: string;
  totpUri: string;
}

/** An order placed by the test's marketplace. */
export interface PlacedOrder {
  id: string;
  code: string;
  phone: string;
  totalAmount: number;
}

/** Answer of {@link callJson}. */
export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The TOTP code an authenticator app would show now for the enrolment's URI. */
export function totpNow(operator: EnrolledOperator): string {
  const otp = URI.parse(operator.totpUri);
  if (!(otp instanceof TOTP)) throw new Error('the enrolment URI is not a TOTP URI');
  return otp.generate();
}

/**
 * A JSON request from a loopback address of its own (`127.x.y.z`): the buyer endpoints limit requests per IP,
 * and the browser's requests (through the console's proxy) come from 127.0.0.1.
 */
export function callJson(
  url: string,
  options: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string>; fromIp?: string } = {},
): Promise<JsonAnswer> {
  const target = new URL(url);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? (payload ? 'POST' : 'GET'),
        localAddress: options.fromIp,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: { text } });
          }
        });
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** A loopback address of its own for a buyer's API calls. */
export const newLoopbackIp = (): string => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/**
 * A Vietnamese mobile number of its own (the one-time-code limits count per phone). 090 and seven digits: every such
 * number is valid, while not every `09…` one is (orders refuses `0992…` with a 400).
 */
export const newPhone = (): string => `090${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;

/** The whole stack, started once for the browser spec. */
export class BrowserStack {
  readonly services = {} as Record<ServiceName, SpawnedService>;
  readonly db = {
    orders: servicePool('orders'),
    escrow: servicePool('escrow'),
    disputes: servicePool('disputes'),
    notifications: servicePool('notifications'),
    console: servicePool('console'),
  };
  marketplace!: { id: string; apiKey: string };
  payer!: CliPaymentPartner;
  /** What happened while starting, for the report. */
  readonly timings: Record<string, number> = {};
  readonly notes: string[] = [];

  /** The console's origin: the only one the browser talks to. */
  get base(): string {
    return this.services.console.url('');
  }

  /**
   * Starts the six services in parallel (after moving the console's and notifications' consumer groups past what
   * other suites left on their topics, when that is a lot), onboards a marketplace and a bound payment partner
   * meanwhile, and enrols the operators asked for; waits until every service knows the partners.
   */
  async start<K extends string>(operators: Record<K, EnrolledOperator['role']>): Promise<Record<K, EnrolledOperator>> {
    const t0 = Date.now();
    const url = (s: ServiceName): string => `http://127.0.0.1:${TEST_INFRA.servicePortBase + SERVICES[s].port}`;
    const others = SERVICE_NAMES.filter((s) => s !== 'console');
    const [skipped] = await Promise.all([this.skipLargeBacklogs(), resetLoopbackBuyerLimits()]);
    this.timings.backlogCheckMs = Date.now() - t0;
    for (const s of SERVICE_NAMES) {
      this.services[s] = spawnService(
        s,
        s === 'console'
          ? {
              DEV_PROXY_TARGETS: others.map((o) => `${o}=${url(o)}`).join(','),
              SERVICE_HEALTH_TARGETS: SERVICE_NAMES.map((o) => `${o}=${url(o)}`).join(','),
              SERVICE_HEALTH_POLL_MS: '1000',
              SERVICE_HEALTH_TIMEOUT_MS: '1000',
              OVERVIEW_HEARTBEAT_SECONDS: '5',
            }
          : s === 'notifications'
            ? { PUBLIC_PORTAL_URL: url('console') }
            : {},
      );
    }
    const started = Date.now();
    const timed = async <T>(what: string, work: Promise<T>): Promise<T> => {
      const value = await work;
      this.timings[what] = Date.now() - started;
      return value;
    };
    const onboarding = timed(
      'partnersMs',
      (async () => {
        this.marketplace = await onboardMarketplace(`Browser shop ${randomUUID().slice(0, 8)}`);
        this.payer = await onboardPaymentPartner([this.marketplace.id]);
      })(),
    );
    const enrolling = timed(
      'operatorsMs',
      Promise.all(Object.entries(operators).map(async ([key, role]) => [key, await enrolOperator(role as EnrolledOperator['role'])] as const)),
    );
    await Promise.all([timed('servicesStartMs', Promise.all(SERVICE_NAMES.map((s) => this.services[s].start()))), onboarding]);
    const enrolled = Object.fromEntries(await enrolling) as Record<K, EnrolledOperator>;
    const partners = [this.marketplace.id, this.payer.id];
    await waitFor(async () => (await postOrder(this.services.orders, this.marketplace.apiKey, {})).status !== 401, { what: 'orders to know the marketplace', timeoutMs: 60_000 });
    for (const pool of [this.db.escrow, this.db.disputes]) {
      await waitFor(async () => (await pool.query('SELECT 1 FROM partner_directory WHERE partner_id = ANY($1::uuid[])', [partners])).rowCount === 2, {
        what: 'escrow and disputes to know the partners',
        timeoutMs: 60_000,
        intervalMs: 200,
      });
    }
    this.timings.readyMs = Date.now() - t0;
    if (skipped.length) this.notes.push(`moved ${skipped.join(', ')} past their topics' backlog`);
    return enrolled;
  }

  /** Stops every service still running and closes the pools. */
  async stop(): Promise<void> {
    await Promise.all(Object.values<SpawnedService>(this.services).map((s) => s.stop()));
    await Promise.all(Object.values<Pool>(this.db).map((p) => p.end()));
  }

  /** The console's read model and notifications consume every service's events: a large backlog is skipped. */
  private skipLargeBacklogs(): Promise<string[]> {
    return skipLargeBacklogs([
      ['console', consoleTopics()],
      ['notifications', notificationTopics()],
    ]);
  }

  /** Places an order for a buyer phone of its own. */
  async placeOrder(overrides: Record<string, unknown> = {}): Promise<PlacedOrder> {
    const phone = newPhone();
    const body = orderBody({ buyer: { name: 'Trần Văn Bình', phone }, ...overrides });
    const res = await postOrder(this.services.orders, this.marketplace.apiKey, body);
    if (res.status !== 201) throw new Error(`POST /v1/orders answered ${res.status}: ${await res.text()}`);
    const order = (await res.json()) as { id: string; code: string };
    return { id: order.id, code: order.code, phone, totalAmount: Number(body.totalAmount) };
  }

  /**
   * Pays the whole order by the payment partner's signed webhook, and waits until escrow holds it, orders shows it
   * FUNDED and disputes counts it as paid (a complaint may be filed).
   */
  async fund(order: PlacedOrder): Promise<void> {
    await waitFor(async () => (await this.db.escrow.query('SELECT 1 FROM escrows WHERE order_id = $1', [order.id])).rowCount === 1, { what: 'the escrow to open' });
    const body = { orderId: order.id, partnerTxnId: `TXN-${randomUUID()}`, amount: order.totalAmount, currency: 'VND', paidAt: new Date().toISOString() };
    const paid = await postSignedWebhook(this.services.escrow, `/v1/partners/${this.payer.id}/payments`, this.payer.webhookSecret, body, { at: new Date() });
    if (paid.status !== 201) throw new Error(`the payment webhook answered ${paid.status}: ${JSON.stringify(paid.body)}`);
    await waitFor(
      async () => {
        const [o, d] = await Promise.all([
          this.db.orders.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [order.id]),
          this.db.disputes.query('SELECT 1 FROM order_facts WHERE order_id = $1 AND funded_at IS NOT NULL', [order.id]),
        ]);
        return o.rows[0]?.status === 'FUNDED' && d.rowCount === 1;
      },
      { what: 'orders and disputes to see the order funded', timeoutMs: 30_000, intervalMs: 100 },
    );
  }

  /** The one-time code texted to the order's buyer after `since` (read from the SMS log, as a phone would show it). */
  async otpFromSms(order: PlacedOrder, since: Date): Promise<string> {
    const to = `+84${order.phone.slice(1)}`;
    return waitFor(
      async () => {
        const { rows } = await this.db.notifications.query<{ body: string }>(
          'SELECT body FROM sms_log WHERE to_phone = $1 AND body LIKE $2 AND created_at >= $3 ORDER BY created_at DESC',
          [to, `%${order.code}%`, since],
        );
        for (const r of rows) {
          const code = /(?:là|is) (\d{6})\b/.exec(r.body)?.[1];
          if (code) return code;
        }
        return undefined;
      },
      { what: 'the one-time code in the SMS log', timeoutMs: 30_000, intervalMs: 100 },
    );
  }

  /** A buyer token for the order, the portal's way: code by SMS (read from the log), exchanged for a token. */
  async buyerToken(order: PlacedOrder): Promise<string> {
    const ip = newLoopbackIp();
    const since = new Date(Date.now() - 1000);
    const asked = await callJson(this.services.orders.url('/v1/public/otp'), { body: { orderCode: order.code, phone: order.phone }, fromIp: ip });
    if (asked.status !== 202) throw new Error(`POST /v1/public/otp answered ${asked.status}: ${JSON.stringify(asked.body)}`);
    const otp = await this.otpFromSms(order, since);
    const session = await callJson(this.services.orders.url('/v1/public/sessions'), { body: { orderCode: order.code, phone: order.phone, otp }, fromIp: ip });
    if (session.status !== 200) throw new Error(`POST /v1/public/sessions answered ${session.status}: ${JSON.stringify(session.body)}`);
    return String(session.body.accessToken);
  }

  /**
   * A dispute on a funded order taken to a mediator through the real APIs: the buyer files it, the marketplace
   * rejects it (with a link as evidence), the buyer escalates. Waits until the console's read model knows it.
   */
  async escalatedDispute(order: PlacedOrder): Promise<string> {
    const disputes = this.services.disputes;
    const buyer = { authorization: `Bearer ${await this.buyerToken(order)}` };
    const ip = newLoopbackIp();
    const key = (): Record<string, string> => ({ 'idempotency-key': randomUUID() });
    const filed = await callJson(disputes.url('/v1/public/disputes'), {
      body: { orderCode: order.code, reason: 'NOT_AS_DESCRIBED', description: 'Áo dài màu khác hẳn ảnh trên trang bán hàng.', requestedOutcome: 'REFUND_FULL', evidence: [] },
      headers: { ...buyer, ...key() },
      fromIp: ip,
    });
    if (filed.status !== 201) throw new Error(`filing answered ${filed.status}: ${JSON.stringify(filed.body)}`);
    const disputeId = String(filed.body.disputeId);
    const rejected = await callJson(disputes.url(`/v1/disputes/${disputeId}/responses`), {
      body: { action: 'REJECT', message: 'Màu áo đúng như mô tả; ảnh chụp dưới đèn vàng.', evidence: [{ url: 'https://shop.example.vn/san-pham/ao-dai-lua' }] },
      headers: { authorization: `Bearer ${this.marketplace.apiKey}`, ...key() },
    });
    if (rejected.status !== 200) throw new Error(`the marketplace's rejection answered ${rejected.status}: ${JSON.stringify(rejected.body)}`);
    const escalated = await callJson(disputes.url(`/v1/public/disputes/${disputeId}/escalate`), {
      body: { message: 'Người bán từ chối, tôi muốn hòa giải viên xem xét.', evidence: [] },
      headers: { ...buyer, ...key() },
      fromIp: ip,
    });
    if (escalated.status !== 200 || escalated.body.state !== 'ESCALATED') throw new Error(`escalating answered ${escalated.status}: ${JSON.stringify(escalated.body)}`);
    await waitFor(async () => (await this.db.console.query("SELECT 1 FROM rm_disputes WHERE dispute_id = $1 AND stage = 'ESCALATED'", [disputeId])).rowCount === 1, {
      what: 'the console to know the escalated dispute',
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    return disputeId;
  }

  /** A bearer token for the operator, as `operators token` issues it (for API checks beside the browser). */
  async operatorToken(operator: EnrolledOperator): Promise<string> {
    return (await adminCli(['operators', 'token', '--name', operator.name])).trim();
  }
}

/**
 * The browser's buyer requests reach orders through the console's proxy, so from 127.0.0.1, whose per-IP allowance
 * (20 one-time codes an hour) earlier runs within the hour share: this suite starts it afresh. Only the loopback
 * peer's counters of the buyer endpoints are removed; other tests use addresses of their own.
 */
async function resetLoopbackBuyerLimits(): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? '', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.del(...BUYER_IP_RULES.flatMap((rule) => LOOPBACK_PEERS.map((peer) => edgeRedisKey('orders', 'rl', rule, peer))));
  } finally {
    redis.disconnect();
  }
}

/** Enrols an operator with the admin CLI (`operators create … --json`): password and TOTP secret, shown once. */
export async function enrolOperator(role: EnrolledOperator['role']): Promise<EnrolledOperator> {
  const name = `browser-${role}-${randomUUID().slice(0, 8)}`;
  const out = JSON.parse(await adminCli(['operators', 'create', '--name', name, '--role', role, '--json'])) as { id: string; name: string; password: string; totpUri: string };
  return { id: out.id, name: out.name, role, password: out.password, totpUri: out.totpUri };
}
