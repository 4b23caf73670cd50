import type { EscrowState, PaymentMatch } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** MATCHED: applied to its escrow; PARKED: its order is not known yet; EXPIRED: never matched in time (refunded). */
export const PAYMENT_STATUSES = ['MATCHED', 'PARKED', 'EXPIRED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * A payment a payment partner reported, once per (partner, partner transaction id). A matched payment keeps the
 * answer it got (`match`, `escrowState`) so that a duplicate is answered the same way. A payment for an order
 * escrow does not know yet is PARKED with what the partner named the order by (`claimedOrderId` or
 * `paymentReference`) until the order arrives (MATCHED, `matchedAt`) or `matchDeadline` passes (EXPIRED).
 */
@Entity({ name: 'payments' })
@Unique('payments_partner_txn_uq', ['partnerId', 'partnerTxnId'])
export class PaymentRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'partner_txn_id', type: 'text' })
  partnerTxnId!: string;

  @Column({ type: 'text' })
  status!: PaymentStatus;

  /** The escrow it funds; null while parked (or expired). */
  @Column({ name: 'escrow_id', type: 'uuid', nullable: true })
  escrowId!: string | null;

  /** The order it funds; null while parked (or expired). */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  /** The order id the partner named (parked payments reported by order id), else null. */
  @Column({ name: 'claimed_order_id', type: 'uuid', nullable: true })
  claimedOrderId!: string | null;

  /** The payment reference the partner named (parked payments reported by reference), else null. */
  @Column({ name: 'payment_reference', type: 'text', nullable: true })
  paymentReference!: string | null;

  @VndColumn()
  amount!: bigint;

  @Column({ type: 'text' })
  currency!: 'VND';

  /** How the payment matched what the escrow expected; null until matched. */
  @Column({ type: 'text', nullable: true })
  match!: PaymentMatch | null;

  /** The part of this payment beyond what the escrow expected (to be refunded); 0 unless OVERPAID. */
  @VndColumn({ name: 'excess_amount' })
  excessAmount!: bigint;

  /** The escrow's state right after this payment (the answer to the partner); null until matched. */
  @Column({ name: 'escrow_state', type: 'text', nullable: true })
  escrowState!: EscrowState | null;

  @Column({ name: 'paid_at', type: 'timestamptz' })
  paidAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** A parked payment's match deadline (refunded if still unmatched then); null for a payment matched at once. */
  @Column({ name: 'match_deadline', type: 'timestamptz', nullable: true })
  matchDeadline!: Date | null;

  /** When a parked payment was matched to its order; null otherwise. */
  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt!: Date | null;
}

/** A payment applied to its escrow (status MATCHED): escrow, order and answer are known. */
export type MatchedPayment = PaymentRecord & { escrowId: string; orderId: string; match: PaymentMatch; escrowState: EscrowState };
