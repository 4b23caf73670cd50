import type { RefundReason, ReleaseReason } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A dispute outcome decided before any COD cash reached escrow: applied the moment the remittance funds the escrow. */
export interface PendingCodOutcome {
  disputeId: string;
  /** What the buyer gets back, whole VND as a decimal string (0: release to the seller). */
  refundAmount: string;
  decidedAt: string;
}

/**
 * How COD cash remitted after the escrow decided its money (released, refunded, or both) follows that decision:
 * refunded to the buyer up to `refundDue`, the rest released to the seller. Recorded by the decision itself
 * (`EscrowMoney`), once.
 */
export interface LateCodMoney {
  /** What the decision still owes the buyer from cash not remitted yet, whole VND as a decimal string. */
  refundDue: string;
  /** Why late cash is refunded (the decision's refund reason); null when the decision refunded nothing. */
  refundReason: RefundReason | null;
  /** Why late cash is released (the decision's release reason); null for a full refund: everything goes to the buyer. */
  releaseReason: ReleaseReason | null;
  /** The dispute whose outcome decided, or null. */
  disputeId: string | null;
  decidedAt: string;
}

/**
 * One COD escrow's cash: what should be collected (the order total), what the courier says it collected (its
 * delivered event), and what it remitted (funded lines). The courier and tracking number come from the outbound
 * shipment; remittance lines are matched on them.
 */
@Entity({ name: 'cod_parcels' })
export class CodParcelRecord {
  @PrimaryColumn({ name: 'escrow_id', type: 'uuid' })
  escrowId!: string;

  @Column({ name: 'order_id', type: 'uuid', unique: true })
  orderId!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'order_code', type: 'text' })
  orderCode!: string;

  /** What should be collected at the door: the order total. */
  @VndColumn({ name: 'expected_amount' })
  expectedAmount!: bigint;

  /** The outbound shipment's courier (partner id); null until the shipment is known. */
  @Column({ name: 'courier_id', type: 'uuid', nullable: true })
  courierId!: string | null;

  @Column({ name: 'shipment_id', type: 'uuid', nullable: true })
  shipmentId!: string | null;

  @Column({ name: 'tracking_number', type: 'text', nullable: true })
  trackingNumber!: string | null;

  /** What the courier says it collected (its delivered event); null before delivery or when it did not say. */
  @VndColumn({ name: 'collected_amount', nullable: true })
  collectedAmount!: bigint | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** When the parcel came back to the seller undelivered (refused at the door): no cash, nothing to remit. */
  @Column({ name: 'refused_at', type: 'timestamptz', nullable: true })
  refusedAt!: Date | null;

  /** Funded by remittance lines so far (never above the expected amount). */
  @VndColumn({ name: 'remitted_amount' })
  remittedAmount!: bigint;

  @Column({ name: 'first_remitted_at', type: 'timestamptz', nullable: true })
  firstRemittedAt!: Date | null;

  @Column({ name: 'last_remitted_at', type: 'timestamptz', nullable: true })
  lastRemittedAt!: Date | null;

  /** When operators were alerted that this parcel's cash is overdue (once per parcel). */
  @Column({ name: 'overdue_alerted_at', type: 'timestamptz', nullable: true })
  overdueAlertedAt!: Date | null;

  @Column({ name: 'pending_outcome', type: 'jsonb', nullable: true })
  pendingOutcome!: PendingCodOutcome | null;

  /** How cash remitted after the escrow decided its money follows the decision; null until it decides. */
  @Column({ name: 'late_money', type: 'jsonb', nullable: true })
  lateMoney!: LateCodMoney | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
