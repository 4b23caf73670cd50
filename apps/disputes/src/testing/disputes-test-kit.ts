/**
 * Test kit for the disputes service's integration tests (test-only code, never imported by the app): the shared
 * ServiceTestKit (an in-process app on the real PostgreSQL, Redis and Kafka, partners, signed webhooks, API
 * calls, operator tokens, outbox events, a movable clock) plus the evidence store, order facts and buyer tokens.
 * Features add their helpers as they land.
 */
import { randomUUID } from 'node:crypto';
import type { PaymentMethod } from '@trustcircle/contracts';
import { deriveBuyerTokenKeys, signBuyerToken } from '@trustcircle/security';
import { ServiceTestKit } from '@trustcircle/service-testing';
import { AppModule } from '../app.module';
import { RecordHoldOutcomeUseCase } from '../disputes/application/record-hold-outcome/record-hold-outcome.use-case';
import { type OrderFactEvent, RecordOrderFactsUseCase } from '../disputes/application/record-order-facts/record-order-facts.use-case';
import { TrackReturnUseCase } from '../disputes/application/track-return/track-return.use-case';
import { DisputeRecord } from '../disputes/infrastructure/dispute.orm-entity';
import { DisputeMessageRecord } from '../disputes/infrastructure/dispute-trail.orm-entities';
import { EVIDENCE_STORE, type EvidenceStore } from '../evidence/application/evidence-store';

export { TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '@trustcircle/service-testing';

/** An order disputes has learnt of (through `seedOrderFacts`). */
export interface SeededOrder {
  orderId: string;
  code: string;
  marketplaceId: string;
  sellerId: string;
  totalAmount: number;
}

/** Which facts to seed beyond the order: each an instant (ISO or Date), or omitted for "not yet". */
export interface OrderFactsSeed {
  totalAmount?: number;
  /** How the buyer pays (`orders.order-placed`); PREPAID when omitted. COD orders are paid at delivery. */
  paymentMethod?: PaymentMethod;
  /** The marketplace (partner id) the order belongs to; a fresh id when omitted. */
  marketplaceId?: string;
  /** The marketplace's seller id; a fresh one when omitted. */
  sellerId?: string;
  fundedAt?: Date;
  /** Delivered (at `deliveredAt`, now when omitted): the inspection window ends then (`escrow.inspection-started`). */
  inspectionEndsAt?: Date;
  /** When the outbound delivery happened (only with `inspectionEndsAt`); the app clock's now when omitted. */
  deliveredAt?: Date;
  /** `escrow.inspection-ended` RECEIPT_CONFIRMED at that instant. */
  receiptConfirmedAt?: Date;
  /** `delivery.shipment-registered` (OUTBOUND) with this expected delivery. */
  expectedDeliveryAt?: Date;
}

/** One running disputes app and the helpers that drive it. */
export class DisputesTestKit extends ServiceTestKit {
  private readonly buyerKeys = deriveBuyerTokenKeys(String(ServiceTestKit.testEnv().PLATFORM_ENCRYPTION_KEY));

  /** Starts the app (`env` overrides the process env); deadlines fire when a test sweeps (`advance`, `sweep`). */
  static async start(env: Record<string, string> = {}): Promise<DisputesTestKit> {
    const { app, db, signingKey } = await ServiceTestKit.boot(AppModule.forRoot(ServiceTestKit.testEnv(env)), 'disputes');
    return new DisputesTestKit(app, db, 'disputes', signingKey);
  }

  /** The app's evidence store. */
  get evidenceStore(): EvidenceStore {
    return this.app.get<EvidenceStore>(EVIDENCE_STORE);
  }

  /**
   * A new order (unique ids) and the facts disputes learns of it, applied as the consumers do: each event through
   * `RecordOrderFactsUseCase` in a transaction (order placed, then each fact given).
   */
  async seedOrderFacts(seed: OrderFactsSeed = {}): Promise<SeededOrder> {
    const orderId = randomUUID();
    const order: SeededOrder = {
      orderId,
      code: `TC-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase(),
      marketplaceId: seed.marketplaceId ?? randomUUID(),
      sellerId: seed.sellerId ?? `seller-${randomUUID().slice(0, 8)}`,
      totalAmount: seed.totalAmount ?? 1_250_000,
    };
    const placed = this.event('orders.order-placed', {
      orderId,
      code: order.code,
      marketplaceId: order.marketplaceId,
      seller: { id: order.sellerId, name: 'Test seller' },
      totalAmount: order.totalAmount,
      paymentMethod: seed.paymentMethod ?? 'PREPAID',
      placedAt: this.now().toISOString(),
    });
    const facts = this.app.get(RecordOrderFactsUseCase);
    const events: OrderFactEvent[] = [placed];
    if (seed.fundedAt) events.push(this.event('escrow.escrow-funded', { orderId, fundedAt: seed.fundedAt.toISOString() }));
    if (seed.expectedDeliveryAt) {
      events.push(this.event('delivery.shipment-registered', { orderId, direction: 'OUTBOUND', expectedDeliveryAt: seed.expectedDeliveryAt.toISOString() }));
    }
    if (seed.inspectionEndsAt) events.push(this.event('escrow.inspection-started', { orderId, deliveredAt: (seed.deliveredAt ?? this.now()).toISOString(), endsAt: seed.inspectionEndsAt.toISOString() }));
    if (seed.receiptConfirmedAt) events.push(this.event('escrow.inspection-ended', { orderId, reason: 'RECEIPT_CONFIRMED', endedAt: seed.receiptConfirmedAt.toISOString() }));
    await this.tx(async (m) => {
      for (const e of events) await facts.execute(m, e);
    });
    return order;
  }

  /**
   * Files a complaint about `order` with its buyer token (DAMAGED, REFUND_FULL unless `extra` says otherwise);
   * answers the dispute id, failing loudly if filing was refused.
   */
  async fileDispute(order: SeededOrder, extra: Record<string, unknown> = {}): Promise<string> {
    const body = { orderCode: order.code, reason: 'DAMAGED', description: 'The screen arrived cracked.', requestedOutcome: 'REFUND_FULL', ...extra };
    const res = await this.call('POST', '/v1/public/disputes', this.buyerToken(order), body);
    if (res.status !== 201) throw new Error(`filing refused: ${res.status} ${JSON.stringify(res.body)}`);
    return String(res.body.disputeId);
  }

  /**
   * Escrow's answer to the dispute's hold, applied as the consumer does (in a transaction). `AWAITING_FUNDS` is
   * escrow's acceptance for a COD order not remitted yet (`awaitingFunds: true`, nothing held yet).
   */
  async answerHold(order: SeededOrder, disputeId: string, answer: 'ACCEPTED' | 'AWAITING_FUNDS' | 'REFUSED'): Promise<void> {
    const awaitingFunds = answer === 'AWAITING_FUNDS';
    const event =
      answer === 'REFUSED'
        ? this.event('escrow.hold-refused', { orderId: order.orderId, disputeId, escrowId: randomUUID(), reason: 'ALREADY_RELEASED', refusedAt: this.now().toISOString() })
        : this.event('escrow.hold-accepted', { orderId: order.orderId, disputeId, escrowId: randomUUID(), heldAmount: awaitingFunds ? 0 : order.totalAmount, awaitingFunds, acceptedAt: this.now().toISOString() });
    await this.tx((m) => this.app.get(RecordHoldOutcomeUseCase).execute(m, event));
  }

  /** A delivery event of the order's RETURN shipment (first scan or delivery), applied as the consumer does. */
  async returnShipment(order: SeededOrder, what: 'first-scanned' | 'delivered'): Promise<void> {
    const at = this.now().toISOString();
    const base = { orderId: order.orderId, shipmentId: randomUUID(), direction: 'RETURN' as const };
    const event =
      what === 'first-scanned'
        ? this.event('delivery.shipment-first-scanned', { ...base, scannedAt: at })
        : this.event('delivery.shipment-delivered', { ...base, deliveredAt: at });
    await this.tx((m) => this.app.get(TrackReturnUseCase).execute(m, event));
  }

  /** The dispute's row as stored. */
  async dispute(disputeId: string): Promise<DisputeRecord> {
    return this.db.manager.findOneByOrFail(DisputeRecord, { id: disputeId });
  }

  /** The kinds of the dispute's trail entries, in order. */
  async trailKinds(disputeId: string): Promise<string[]> {
    const rows = await this.db.manager.find(DisputeMessageRecord, { where: { disputeId }, order: { seq: 'ASC' } });
    return rows.map((r) => r.kind);
  }

  /** A buyer token opening `order` (as the orders service signs it), valid 10 minutes from the app clock's now. */
  buyerToken(order: { orderId: string; code: string }): string {
    return signBuyerToken({ orderId: order.orderId, orderCode: order.code, now: this.now(), ttlSeconds: 600 }, this.buyerKeys.keyId, this.buyerKeys.signingKey).token;
  }
}
