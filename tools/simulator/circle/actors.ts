/**
 * The platform's outside world, each party speaking only through the public APIs as it would in production:
 * a marketplace (API key), a payment partner and a courier (Standard Webhooks signed with their secrets), buyers
 * (a one-time code read off their phone, then a buyer token) and a mediator (an operator token).
 */
import { randomUUID } from 'node:crypto';
import type { ServiceName } from '@trustcircle/contracts';
import { signWebhook } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import { TOTP, URI } from 'otpauth';
import { type CallOptions, type JsonAnswer, callJson, e164, expectStatus, newLoopbackIp, newPhone } from './http';
import type { SmsInbox } from './observers';

/** Where each service listens (its base URL) and "now" as the services see it (their clocks may be moved). */
export interface CircleEndpoints {
  url(service: ServiceName, path: string): string;
  now(): Date;
}

/** The seller's bank account every simulated order carries (escrow pays the seller here). */
export const SIM_PAYOUT_ACCOUNT = { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0011223346789', accountName: 'NGUYEN VAN AN' } as const;

/** The seller of every simulated order. */
export const SIM_SELLER = { id: 'seller-anh-duong', name: 'Cửa hàng Ánh Dương' } as const;

/** An order as the marketplace placed it. */
export interface PlacedOrder {
  id: string;
  code: string;
  externalId: string;
  /** The buyer's phone as the marketplace gave it (0-prefixed). */
  phone: string;
  totalAmount: number;
  paymentMethod: 'PREPAID' | 'COD';
  paymentReference: string;
}

/** What the simulator may vary on an order. */
export interface OrderOptions {
  paymentMethod?: 'PREPAID' | 'COD';
  totalAmount?: number;
  inspectionDays?: number;
  shipByDays?: number;
  phone?: string;
}

const idem = (): Record<string, string> => ({ 'idempotency-key': randomUUID() });

/** A marketplace: places orders, registers their parcels, answers complaints for its sellers. */
export class MarketplaceActor {
  constructor(
    private readonly at: CircleEndpoints,
    readonly id: string,
    readonly apiKey: string,
  ) {}

  private get auth(): Record<string, string> {
    return { authorization: `Bearer ${this.apiKey}` };
  }

  /** The order body for `POST /v1/orders`: one item and shipping, summing to the total. */
  orderBody(o: OrderOptions = {}): Record<string, unknown> {
    const total = o.totalAmount ?? 1_235_000;
    const shipping = Math.min(30_000, total);
    return {
      externalId: `SIM-${randomUUID()}`,
      buyer: { name: 'Nguyễn Thị Hoa', phone: o.phone ?? newPhone() },
      seller: { ...SIM_SELLER, payoutAccount: SIM_PAYOUT_ACCOUNT },
      items: [{ sku: 'AO-01', name: 'Áo dài lụa', quantity: 1, unitPrice: total - shipping }],
      shippingFee: shipping,
      totalAmount: total,
      currency: 'VND',
      paymentMethod: o.paymentMethod ?? 'PREPAID',
      ...(o.inspectionDays === undefined ? {} : { inspectionDays: o.inspectionDays }),
      ...(o.shipByDays === undefined ? {} : { shipByDays: o.shipByDays }),
    };
  }

  /** Every order this marketplace placed (a run checks each one at its end, whatever became of its scenario). */
  readonly placed: PlacedOrder[] = [];

  /** Places an order (a repeat of the same body answers the same order). */
  async placeOrder(o: OrderOptions = {}, body = this.orderBody(o)): Promise<PlacedOrder> {
    const a = await this.post('orders', '/v1/orders', body);
    if (a.status !== 201 && a.status !== 200) throw new Error(`POST /v1/orders answered ${a.status}: ${JSON.stringify(a.body).slice(0, 600)}`);
    const payment = a.body.payment as { reference: string };
    const buyer = body.buyer as { phone: string };
    const order: PlacedOrder = {
      id: String(a.body.id),
      code: String(a.body.code),
      externalId: String(body.externalId),
      phone: buyer.phone,
      totalAmount: Number(body.totalAmount),
      paymentMethod: body.paymentMethod as PlacedOrder['paymentMethod'],
      paymentReference: payment.reference,
    };
    if (a.status === 201) this.placed.push(order);
    return order;
  }

  /** `POST` as the marketplace (with an idempotency key of its own). */
  post(service: ServiceName, path: string, body: unknown): Promise<JsonAnswer> {
    return callJson(this.at.url(service, path), { body, headers: { ...this.auth, ...idem() } });
  }

  get(service: ServiceName, path: string): Promise<JsonAnswer> {
    return callJson(this.at.url(service, path), { headers: this.auth });
  }

  /** Registers the seller's payout account (used when an order carries none). */
  async registerPayoutAccount(sellerId: string): Promise<void> {
    const put = callJson(this.at.url('escrow', `/v1/sellers/${encodeURIComponent(sellerId)}/payout-account`), { method: 'PUT', body: SIM_PAYOUT_ACCOUNT, headers: { ...this.auth, ...idem() } });
    await expectStatus('PUT payout-account', put, 200, 201);
  }

  /** Registers the order's parcel with the courier (OUTBOUND, or the RETURN of an outbound one). */
  async registerShipment(orderId: string, courierId: string, trackingNumber: string, direction: 'OUTBOUND' | 'RETURN' = 'OUTBOUND'): Promise<void> {
    const expectedDeliveryAt = new Date(this.at.now().getTime() + 3 * 86_400_000).toISOString();
    await expectStatus('POST /v1/shipments', this.post('delivery-tracking', '/v1/shipments', { orderId, courier: courierId, trackingNumber, direction, expectedDeliveryAt }), 201, 200);
  }

  /** Answers a complaint for the seller: ACCEPT, REJECT (with a link as evidence) or OFFER_PARTIAL. */
  async respond(disputeId: string, action: 'ACCEPT' | 'REJECT' | 'OFFER_PARTIAL', amount?: number): Promise<Record<string, unknown>> {
    const body = {
      action,
      message: action === 'ACCEPT' ? 'Người bán đồng ý hoàn tiền.' : action === 'REJECT' ? 'Hàng đúng như mô tả.' : 'Người bán đề nghị hoàn một phần.',
      ...(action === 'REJECT' ? { evidence: [{ url: 'https://shop.example.vn/san-pham/ao-dai-lua' }] } : {}),
      ...(amount === undefined ? {} : { amount }),
    };
    return expectStatus(`the merchant's ${action}`, this.post('disputes', `/v1/disputes/${disputeId}/responses`, body), 200);
  }

  /** Subscribes a webhook endpoint to every event the marketplace may receive; answers its signing secret. */
  async subscribeWebhooks(url: string): Promise<string> {
    const body = await expectStatus('POST /v1/webhook-endpoints', this.post('notifications', '/v1/webhook-endpoints', { url, events: ['*'], description: 'simulator' }), 201);
    return String(body.secret);
  }
}

/** A payment partner: tells escrow of the buyers' payments, and settles the payouts and refunds escrow instructs. */
export class PaymentPartnerActor {
  constructor(
    private readonly at: CircleEndpoints,
    readonly id: string,
    readonly apiKey: string,
    readonly webhookSecret: string,
  ) {}

  /**
   * The buyer paid `amount` (default: the whole order). The same `partnerTxnId`, `webhookId` and `sentAt` send the
   * very same message again (a retry); `sentAt` in the past plays a captured message replayed later.
   */
  async pay(order: PlacedOrder, o: { amount?: number; partnerTxnId?: string; webhookId?: string; byReference?: boolean; sentAt?: Date } = {}): Promise<JsonAnswer> {
    const sentAt = o.sentAt ?? this.at.now();
    const body = {
      ...(o.byReference ? { paymentReference: order.paymentReference } : { orderId: order.id }),
      partnerTxnId: o.partnerTxnId ?? `TXN-${randomUUID()}`,
      amount: o.amount ?? order.totalAmount,
      currency: 'VND',
      paidAt: sentAt.toISOString(),
    };
    return signedPost(this.at, 'escrow', `/v1/partners/${this.id}/payments`, this.webhookSecret, body, o.webhookId, sentAt);
  }

  /** The partner's pending instructions about the order (paging through every pending one). */
  async pendingInstructions(orderId?: string): Promise<Array<{ instructionId: string; kind: 'PAYOUT' | 'REFUND'; amount: number; orderId: string | null }>> {
    const found: Array<{ instructionId: string; kind: 'PAYOUT' | 'REFUND'; amount: number; orderId: string | null }> = [];
    let cursor: string | undefined;
    do {
      const q = `status=PENDING&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await expectStatus('GET instructions', callJson(this.at.url('escrow', `/v1/partners/${this.id}/instructions?${q}`), { headers: { authorization: `Bearer ${this.apiKey}` } }), 200);
      for (const i of page.items as typeof found) if (!orderId || i.orderId === orderId) found.push(i);
      cursor = typeof page.nextCursor === 'string' ? page.nextCursor : undefined;
    } while (cursor);
    return found;
  }

  /** Settles one instruction (a repeat with the same reference is answered as the first). */
  async settle(instructionId: string, reference = `FT-${instructionId.slice(0, 8)}`, settledAt = this.at.now()): Promise<JsonAnswer> {
    const body = { instructionId, status: 'SETTLED', settledAt: settledAt.toISOString(), reference };
    return signedPost(this.at, 'escrow', `/v1/partners/${this.id}/settlements`, this.webhookSecret, body);
  }

  /**
   * Settles every pending instruction about the order once there are at least `atLeast` (escrow issues them just
   * after the money moves); answers their kinds and amounts.
   */
  async settleAll(orderId: string, atLeast = 1): Promise<Array<{ kind: string; amount: number }>> {
    const pending = await waitFor(async () => {
      const found = await this.pendingInstructions(orderId);
      return found.length >= atLeast ? found : undefined;
    }, { what: `${atLeast} instruction(s) about ${orderId}`, timeoutMs: 60_000, intervalMs: 200 });
    for (const i of pending) await expectStatus('the settlement webhook', this.settle(i.instructionId), 200, 201);
    return pending.map((i) => ({ kind: i.kind, amount: i.amount }));
  }
}

/** A courier: reports its parcels' tracking events and remits cash collected on delivery. */
export class CourierActor {
  constructor(
    private readonly at: CircleEndpoints,
    readonly id: string,
    readonly webhookSecret: string,
  ) {}

  /** One tracking event in the generic format, signed; `webhookId` fixed makes a retry. */
  event(trackingNumber: string, status: string, o: { occurredAt?: Date; note?: string; codAmount?: number; webhookId?: string } = {}): Promise<JsonAnswer> {
    const body = {
      trackingNumber,
      status,
      occurredAt: (o.occurredAt ?? this.at.now()).toISOString(),
      location: 'Bưu cục Quận 1 - Hồ Chí Minh',
      ...(o.note ? { note: o.note } : {}),
      ...(o.codAmount === undefined ? {} : { codAmount: o.codAmount }),
    };
    return signedPost(this.at, 'delivery-tracking', `/v1/couriers/${this.id}/events`, this.webhookSecret, body, o.webhookId);
  }

  /** Reports events one after another, each a second after the last, failing on a refusal. */
  async track(trackingNumber: string, statuses: readonly string[], o: { codAmount?: number } = {}): Promise<void> {
    const base = this.at.now().getTime() - statuses.length * 1000;
    for (const [i, status] of statuses.entries()) {
      const cod = status === 'DELIVERED' ? o.codAmount : undefined;
      const note = status === 'DELIVERY_FAILED' ? 'Khách không nghe máy' : undefined;
      await expectStatus(`the courier's ${status}`, this.event(trackingNumber, status, { occurredAt: new Date(base + i * 1000), note, codAmount: cod }), 200, 201, 202);
    }
  }

  /** Remits the cash of delivered COD parcels in one signed batch. */
  async remit(lines: Array<{ trackingNumber: string; amount: number }>, remittanceId = `RM-${randomUUID()}`): Promise<JsonAnswer> {
    const body = { remittanceId, transferredAt: this.at.now().toISOString(), bankReference: `VCB-FT${Date.now()}`, lines };
    return signedPost(this.at, 'escrow', `/v1/couriers/${this.id}/cod-remittances`, this.webhookSecret, body);
  }
}

/** A buyer of one order: opens it with a one-time code texted to their phone, then acts with the buyer token. */
export class BuyerActor {
  private token: string | undefined;
  /** A loopback address of the buyer's own (buyer endpoints limit requests per IP). */
  private readonly ip = newLoopbackIp();

  constructor(
    private readonly at: CircleEndpoints,
    private readonly inbox: SmsInbox,
    readonly order: PlacedOrder,
  ) {}

  /** The buyer token: asks for a code, reads it off the phone, exchanges it (once; reused after). */
  async signIn(): Promise<string> {
    if (this.token) return this.token;
    const since = this.inbox.count(e164(this.order.phone));
    const { orderCode, phone } = { orderCode: this.order.code, phone: this.order.phone };
    await expectStatus('POST /v1/public/otp', callJson(this.at.url('orders', '/v1/public/otp'), { body: { orderCode, phone }, fromIp: this.ip }), 202);
    const otp = await this.inbox.waitForCode(e164(this.order.phone), since);
    const session = await expectStatus('POST /v1/public/sessions', callJson(this.at.url('orders', '/v1/public/sessions'), { body: { orderCode, phone, otp }, fromIp: this.ip }), 200);
    this.token = String(session.accessToken);
    return this.token;
  }

  /** `POST` with the buyer token and an idempotency key. */
  async post(service: ServiceName, path: string, body: unknown): Promise<JsonAnswer> {
    const authorization = `Bearer ${await this.signIn()}`;
    return callJson(this.at.url(service, path), { body, headers: { authorization, ...idem() }, fromIp: this.ip });
  }

  async get(service: ServiceName, path: string): Promise<JsonAnswer> {
    return callJson(this.at.url(service, path), { headers: { authorization: `Bearer ${await this.signIn()}` }, fromIp: this.ip });
  }

  /** "I received it and it is fine": releases the money before the inspection window ends. */
  confirmReceipt(): Promise<JsonAnswer> {
    return this.post('escrow', `/v1/public/escrows/${this.order.code}/confirm-receipt`, {});
  }

  /** Files a complaint; answers the raw answer (a refusal is a valid outcome to check). */
  fileComplaint(reason: string, requestedOutcome: 'REFUND_FULL' | 'REFUND_PARTIAL' | 'RETURN_AND_REFUND', requestedAmount?: number): Promise<JsonAnswer> {
    return this.post('disputes', '/v1/public/disputes', {
      orderCode: this.order.code,
      reason,
      description: 'Hàng nhận được không đúng như mô tả trên trang bán hàng.',
      requestedOutcome,
      ...(requestedAmount === undefined ? {} : { requestedAmount }),
      evidence: [],
    });
  }

  /** Files a complaint that must be accepted; answers its id. */
  async complain(reason: string, requestedOutcome: 'REFUND_FULL' | 'REFUND_PARTIAL' | 'RETURN_AND_REFUND', requestedAmount?: number): Promise<string> {
    const body = await expectStatus('filing a complaint', this.fileComplaint(reason, requestedOutcome, requestedAmount), 201);
    return String(body.disputeId);
  }

  async escalate(disputeId: string): Promise<Record<string, unknown>> {
    return expectStatus('escalating', this.post('disputes', `/v1/public/disputes/${disputeId}/escalate`, { message: 'Người bán từ chối, tôi muốn hòa giải viên xem xét.', evidence: [] }), 200);
  }

  async answerOffer(disputeId: string, decision: 'ACCEPT' | 'DECLINE'): Promise<Record<string, unknown>> {
    return expectStatus(`the buyer's ${decision} of the offer`, this.post('disputes', `/v1/public/disputes/${disputeId}/offer-response`, { decision }), 200);
  }

  /** Gives the account a cash-on-delivery refund is paid to. */
  async giveRefundDestination(): Promise<void> {
    const authorization = `Bearer ${await this.signIn()}`;
    const body = { method: 'EWALLET', institutionCode: 'MOMO', accountNumber: this.order.phone, accountName: 'Nguyen Thi Hoa' };
    await expectStatus('PUT refund-destination', callJson(this.at.url('escrow', `/v1/public/escrows/${this.order.code}/refund-destination`), { method: 'PUT', body, headers: { authorization, ...idem() }, fromIp: this.ip }), 200, 201);
  }
}

/** An operator's sign-in credentials, as the enrolment hands them over. */
export interface OperatorCredentials {
  name: string;
  password: string;
  /** The otpauth:// URI an authenticator app is given. */
  totpUri: string;
}

/**
 * A mediator (an operator with the mediator or admin role): decides escalated disputes, and reads as an operator.
 * Signs in at the console as a person does (password and the authenticator's code for the services' now), and
 * again whenever a service says the token has expired (also after the services' clocks were moved on).
 */
export class MediatorActor {
  private token: string | undefined;
  private signingIn: Promise<string> | undefined;
  private readonly ip = newLoopbackIp();

  constructor(
    private readonly at: CircleEndpoints,
    readonly credentials: OperatorCredentials,
  ) {}

  async decide(disputeId: string, outcome: 'REFUND_FULL' | 'REFUND_PARTIAL' | 'RELEASE_TO_SELLER' | 'RETURN_AND_REFUND', amount?: number): Promise<Record<string, unknown>> {
    const body = { outcome, reason: 'Hòa giải viên đã xem xét bằng chứng của hai bên.', ...(amount === undefined ? {} : { amount }) };
    return expectStatus(`the mediator's ${outcome}`, this.call('disputes', `/v1/disputes/${disputeId}/decision`, { body, headers: idem() }), 200, 201);
  }

  /** Reads as an operator (escrow views, ledger checks). */
  get(service: ServiceName, path: string): Promise<JsonAnswer> {
    return this.call(service, path, {});
  }

  /** Sets a partner's settings in the console's partner registry (`PATCH /v1/admin/partners/{id}`, admins only). */
  async setPartnerSettings(partnerId: string, settings: Record<string, unknown>): Promise<Record<string, unknown>> {
    return expectStatus(`PATCH /v1/admin/partners/${partnerId}`, this.call('console', `/v1/admin/partners/${partnerId}`, { method: 'PATCH', body: { settings } }), 200);
  }

  /** A call with the operator token; on a 401 it signs in again and retries once. */
  private async call(service: ServiceName, path: string, options: CallOptions): Promise<JsonAnswer> {
    const send = async (token: string): Promise<JsonAnswer> => callJson(this.at.url(service, path), { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } });
    const first = await send(this.token ?? (await this.signIn()));
    if (first.status !== 401) return first;
    this.token = undefined;
    return send(await this.signIn());
  }

  /**
   * One sign-in at a time, from the mediator's own loopback address (sign-ins are limited per IP, and every test run
   * on the machine shares the counters). A code is accepted once, so when this step's was used the next step's is
   * tried; a 429 waits as long as the console says.
   */
  private signIn(): Promise<string> {
    this.signingIn ??= (async () => {
      try {
        const otp = URI.parse(this.credentials.totpUri);
        if (!(otp instanceof TOTP)) throw new Error('the enrolment URI is not a TOTP URI');
        for (let attempt = 0; attempt < 6; attempt++) {
          for (const ahead of [0, 30_000]) {
            const totp = otp.generate({ timestamp: this.at.now().getTime() + ahead });
            const body = { name: this.credentials.name, password: this.credentials.password, totp };
            const a = await callJson(this.at.url('console', '/v1/auth/sessions'), { body, fromIp: this.ip });
            if (a.status === 201) return (this.token = String(a.body.accessToken));
            if (a.status === 429) {
              await new Promise((r) => setTimeout(r, Math.min(60, Number(a.body.retryAfterSeconds ?? 5)) * 1000));
              break;
            }
          }
        }
        throw new Error(`operator ${this.credentials.name} could not sign in`);
      } finally {
        this.signingIn = undefined;
      }
    })();
    return this.signingIn;
  }
}

/** POSTs a Standard Webhooks message signed with `secret`, timestamped at `sentAt` (default: the services' now). */
export function signedPost(at: CircleEndpoints, service: ServiceName, path: string, secret: string, body: unknown, webhookId = `msg_${randomUUID()}`, sentAt = at.now()): Promise<JsonAnswer> {
  const raw = JSON.stringify(body);
  const ts = Math.floor(sentAt.getTime() / 1000);
  return callJson(at.url(service, path), {
    raw,
    headers: { 'content-type': 'application/json', 'webhook-id': webhookId, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(secret, webhookId, ts, raw) },
  });
}
