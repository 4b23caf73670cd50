/**
 * Test kit for the disputes service's integration tests (test-only code, never imported by the app): the shared
 * ServiceTestKit (an in-process app on the real PostgreSQL, Redis and Kafka, partners, signed webhooks, API
 * calls, operator tokens, outbox events, a movable clock) plus the evidence store, order facts and buyer tokens.
 * Features add their helpers as they land.
 */
import { randomUUID } from 'node:crypto';
import { deriveBuyerTokenKeys, signBuyerToken } from '@trustcircle/security';
import { ServiceTestKit } from '@trustcircle/service-testing';
import { AppModule } from '../app.module';
import { type OrderFactEvent, RecordOrderFactsUseCase } from '../disputes/application/record-order-facts/record-order-facts.use-case';
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
  fundedAt?: Date;
  /** Delivered now-ish: the inspection window ends then (`escrow.inspection-started`). */
  inspectionEndsAt?: Date;
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
      marketplaceId: randomUUID(),
      sellerId: `seller-${randomUUID().slice(0, 8)}`,
      totalAmount: seed.totalAmount ?? 1_250_000,
    };
    const placed = this.event('orders.order-placed', {
      orderId,
      code: order.code,
      marketplaceId: order.marketplaceId,
      seller: { id: order.sellerId, name: 'Test seller' },
      totalAmount: order.totalAmount,
      placedAt: this.now().toISOString(),
    });
    const facts = this.app.get(RecordOrderFactsUseCase);
    const events: OrderFactEvent[] = [placed];
    if (seed.fundedAt) events.push(this.event('escrow.escrow-funded', { orderId, fundedAt: seed.fundedAt.toISOString() }));
    if (seed.expectedDeliveryAt) {
      events.push(this.event('delivery.shipment-registered', { orderId, direction: 'OUTBOUND', expectedDeliveryAt: seed.expectedDeliveryAt.toISOString() }));
    }
    if (seed.inspectionEndsAt) events.push(this.event('escrow.inspection-started', { orderId, deliveredAt: this.now().toISOString(), endsAt: seed.inspectionEndsAt.toISOString() }));
    if (seed.receiptConfirmedAt) events.push(this.event('escrow.inspection-ended', { orderId, reason: 'RECEIPT_CONFIRMED', endedAt: seed.receiptConfirmedAt.toISOString() }));
    await this.tx(async (m) => {
      for (const e of events) await facts.execute(m, e);
    });
    return order;
  }

  /** A buyer token opening `order` (as the orders service signs it), valid 10 minutes from the app clock's now. */
  buyerToken(order: { orderId: string; code: string }): string {
    return signBuyerToken({ orderId: order.orderId, orderCode: order.code, now: this.now(), ttlSeconds: 600 }, this.buyerKeys.keyId, this.buyerKeys.signingKey).token;
  }
}
