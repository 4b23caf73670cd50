import type { EscrowState, PaymentMethod, SealedPayoutAccountV1 } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** One escrow per order, in the escrow schema. */
@Entity({ name: 'escrows' })
export class EscrowRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid', unique: true })
  orderId!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'order_code', type: 'text' })
  orderCode!: string;

  @Column({ type: 'text' })
  state!: EscrowState;

  @Column({ name: 'payment_method', type: 'text' })
  paymentMethod!: PaymentMethod;

  /** The order total escrow expects to hold. */
  @VndColumn({ name: 'expected_amount' })
  expectedAmount!: bigint;

  @Column({ type: 'text' })
  currency!: 'VND';

  @Column({ name: 'payment_reference', type: 'text', unique: true })
  paymentReference!: string;

  @Column({ name: 'funding_deadline', type: 'timestamptz', nullable: true })
  fundingDeadline!: Date | null;

  @Column({ name: 'inspection_days', type: 'integer' })
  inspectionDays!: number;

  @Column({ name: 'ship_by_days', type: 'integer' })
  shipByDays!: number;

  /** The marketplace's own seller id (from the order). */
  @Column({ name: 'seller_id', type: 'text' })
  sellerId!: string;

  /** The payout account given with the order (masked + sealed details), or null: the registered one is used. */
  @Column({ name: 'seller_payout_account', type: 'jsonb', nullable: true })
  sellerPayoutAccount!: SealedPayoutAccountV1 | null;

  /** The platform fee rate (basis points) of the marketplace when the escrow opened: taken only on release. */
  @Column({ name: 'fee_bps', type: 'integer' })
  feeBps!: number;

  @Column({ name: 'funded_at', type: 'timestamptz', nullable: true })
  fundedAt!: Date | null;

  /** The ship-by deadline (funding + ship-by days), met by the courier's first scan of the outbound parcel. */
  @Column({ name: 'ship_by_at', type: 'timestamptz', nullable: true })
  shipByAt!: Date | null;

  @Column({ name: 'outbound_shipment_id', type: 'uuid', nullable: true })
  outboundShipmentId!: string | null;

  /** The outbound parcel's courier (partner id), from its first delivery event; null until one arrives. */
  @Column({ name: 'outbound_courier_id', type: 'uuid', nullable: true })
  outboundCourierId!: string | null;

  /** The outbound parcel's tracking number (with its courier: what a COD remittance line names). */
  @Column({ name: 'outbound_tracking_number', type: 'text', nullable: true })
  outboundTrackingNumber!: string | null;

  @Column({ name: 'first_scanned_at', type: 'timestamptz', nullable: true })
  firstScannedAt!: Date | null;

  /** When the outbound parcel was delivered to the buyer (starts the inspection window). */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** When delivery failed for good (the parcel goes back; money moves only when it is back). */
  @Column({ name: 'delivery_failed_at', type: 'timestamptz', nullable: true })
  deliveryFailedAt!: Date | null;

  /** When the outbound parcel was back with the seller (failed delivery): the refund's trigger. */
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ name: 'lost_at', type: 'timestamptz', nullable: true })
  lostAt!: Date | null;

  @Column({ name: 'inspection_ends_at', type: 'timestamptz', nullable: true })
  inspectionEndsAt!: Date | null;

  /** The dispute holding the money (ON_HOLD), or null. */
  @Column({ name: 'hold_dispute_id', type: 'uuid', nullable: true })
  holdDisputeId!: string | null;

  /** The state the hold interrupted (FUNDED or IN_INSPECTION), to resume it on withdrawal. */
  @Column({ name: 'hold_from_state', type: 'text', nullable: true })
  holdFromState!: EscrowState | null;

  /** Inspection time left when the hold began (ms): the window resumes with it after a withdrawal. */
  @Column({ name: 'hold_inspection_left_ms', type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  holdInspectionLeftMs!: number | null;

  /** A RETURN_AND_REFUND outcome waiting for the return to be delivered: the refund then due. */
  @VndColumn({ name: 'return_refund_amount', nullable: true })
  returnRefundAmount!: bigint | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Optimistic version: concurrent transitions of one escrow cannot both win. */
  @VersionColumn()
  version!: number;
}
