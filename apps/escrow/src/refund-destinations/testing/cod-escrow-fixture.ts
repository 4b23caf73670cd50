/**
 * Cash-on-delivery escrows for the refund-destination tests (test-only code, never imported by the app): opened as
 * the order consumer would, delivered by the courier's OUTBOUND delivered event, and funded by the courier's signed
 * remittance (`POST /v1/couriers/{courierId}/cod-remittances`).
 */
import { randomUUID } from 'node:crypto';
import type { EventOf, PayloadOf } from '@trustcircle/contracts';
import { deriveBuyerTokenKeys, signBuyerToken } from '@trustcircle/security';
import { RouteEscrowEvent } from '../../escrow/application/route-escrow-event/route-escrow-event';
import type { EarlyEvent, EarlyEventType } from '../../escrow/application/shared/escrow-lookup';
import { type EscrowTestKit, type OpenedEscrow, TEST_MARKETPLACE_SETTINGS, type TestPartner } from '../../testing/escrow-test-kit';

/** A COD escrow of the fixture: its order total and the courier's tracking number of its parcel. */
export interface CodEscrow extends OpenedEscrow {
  total: number;
  trackingNumber: string;
}

/** A marketplace, a courier whose remittances reach `collector` (its codCollectionPartnerId), and helpers for COD escrows. */
export class CodEscrowFixture {
  private readonly buyerKeys = deriveBuyerTokenKeys(process.env.PLATFORM_ENCRYPTION_KEY as string);

  private constructor(
    private readonly kit: EscrowTestKit,
    readonly marketplace: TestPartner,
    readonly collector: TestPartner,
    readonly courier: TestPartner,
  ) {}

  /** Registers the marketplace, the collection payment partner and the courier in the app's directory. */
  static async create(kit: EscrowTestKit): Promise<CodEscrowFixture> {
    const marketplace = await kit.registerPartner('MARKETPLACE');
    const collector = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);
    const courier = await kit.registerPartner('COURIER', [marketplace.id], { ...TEST_MARKETPLACE_SETTINGS, codCollectionPartnerId: collector.id });
    return new CodEscrowFixture(kit, marketplace, collector, courier);
  }

  /** Opens a COD escrow of `total` VND (no unpaid expiry), seller paid to the order's payout account. */
  async open(total = 1_000_000, overrides: Partial<PayloadOf<'orders.order-placed'>> = {}): Promise<CodEscrow> {
    const opened = await this.kit.openEscrow(this.marketplace.id, { paymentMethod: 'COD', paymentExpiresAt: null, totalAmount: total, ...overrides }, { withPayoutAccount: true });
    return { ...opened, total, trackingNumber: `COD${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}` };
  }

  /** The courier delivers the parcel and collects `collected` (default: the order total). */
  async deliver(escrow: CodEscrow, collected = escrow.total): Promise<void> {
    await this.apply('delivery.shipment-delivered', {
      orderId: escrow.orderId,
      courierId: this.courier.id,
      trackingNumber: escrow.trackingNumber,
      direction: 'OUTBOUND',
      deliveredAt: this.kit.now().toISOString(),
      codAmount: collected,
    });
  }

  /** The courier remits `amount` for the escrow's parcel in a batch of its own (the real signed endpoint); answers the payment the line became. */
  async remit(escrow: CodEscrow, amount: number): Promise<string> {
    const res = await this.kit.remit(this.courier, { lines: [{ trackingNumber: escrow.trackingNumber, amount }] });
    if (res.status !== 201) throw new Error(`remittance refused: ${res.status} ${JSON.stringify(res.body)}`);
    const [line] = (await this.kit.db.query(
      `SELECT l."payment_id" FROM "escrow"."cod_remittance_lines" l JOIN "escrow"."cod_remittances" r ON r."id" = l."remittance_row_id"
        WHERE r."courier_id" = $1 AND r."remittance_id" = $2 AND l."outcome" = 'FUNDED'`,
      [this.courier.id, res.body.remittanceId],
    )) as Array<{ payment_id: string }>;
    return line.payment_id;
  }

  /** A dispute holds the escrow's money; answers the dispute id. */
  async hold(escrow: OpenedEscrow): Promise<string> {
    const disputeId = randomUUID();
    await this.apply('disputes.hold-requested', { orderId: escrow.orderId, disputeId });
    return disputeId;
  }

  /** The dispute is resolved: REFUND_FULL (the whole order) or REFUND_PARTIAL of `refundAmount`. */
  async resolve(escrow: OpenedEscrow, disputeId: string, outcome: 'REFUND_FULL' | 'REFUND_PARTIAL', refundAmount: number): Promise<void> {
    await this.apply('disputes.dispute-resolved', { orderId: escrow.orderId, disputeId, outcome, refundAmount, moneyHeld: true });
  }

  /** A buyer token for the escrow's order, as the buyer portal's one-time code gives it. */
  buyerToken(escrow: OpenedEscrow): string {
    return signBuyerToken({ orderId: escrow.orderId, orderCode: escrow.code, now: this.kit.now(), ttlSeconds: 600 }, this.buyerKeys.keyId, this.buyerKeys.signingKey).token;
  }

  /** Applies an event to the escrow as its consumer would (one transaction). */
  private async apply<T extends EarlyEventType>(type: T, data: Partial<PayloadOf<T>>): Promise<void> {
    const event: EventOf<T> = this.kit.event(type, data);
    await this.kit.tx((m) => this.kit.app.get(RouteEscrowEvent).apply(m, event as EarlyEvent));
  }
}
