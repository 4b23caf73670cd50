import type { EscrowState, PaymentMatch } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * A payment a payment partner reported for an escrow: once per (partner, partner transaction id), with the
 * answer given the first time (`match`, `escrowState`) so that a duplicate is answered the same way.
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

  @Column({ name: 'escrow_id', type: 'uuid' })
  escrowId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @VndColumn()
  amount!: bigint;

  @Column({ type: 'text' })
  currency!: 'VND';

  /** How the payment matched what the escrow expected. */
  @Column({ type: 'text' })
  match!: PaymentMatch;

  /** The part of this payment beyond what the escrow expected (to be refunded); 0 unless OVERPAID. */
  @VndColumn({ name: 'excess_amount' })
  excessAmount!: bigint;

  /** The escrow's state right after this payment (the answer to the partner). */
  @Column({ name: 'escrow_state', type: 'text' })
  escrowState!: EscrowState;

  @Column({ name: 'paid_at', type: 'timestamptz' })
  paidAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
