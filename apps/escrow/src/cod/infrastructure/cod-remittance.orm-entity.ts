import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** Why a remittance line funded nothing. */
export const COD_LINE_REFUSALS = ['UNKNOWN_PARCEL', 'NOT_COD', 'NOT_DELIVERED', 'ESCROW_CLOSED', 'AMOUNT_EXCEEDS_DUE'] as const;
export type CodLineRefusal = (typeof COD_LINE_REFUSALS)[number];

/**
 * A courier's COD remittance batch, once per (courier, remittanceId): a repeat with the same body answers the
 * stored outcome; another body under the same id is a conflict (`fingerprint`: SHA-256 of the canonical body).
 */
@Entity({ name: 'cod_remittances' })
@Unique('cod_remittances_courier_remittance_uq', ['courierId', 'remittanceId'])
export class CodRemittanceRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @Column({ name: 'remittance_id', type: 'text' })
  remittanceId!: string;

  @Column({ type: 'text' })
  fingerprint!: string;

  @Column({ name: 'transferred_at', type: 'timestamptz' })
  transferredAt!: Date;

  @Column({ name: 'bank_reference', type: 'text' })
  bankReference!: string;

  @VndColumn({ name: 'total_amount' })
  totalAmount!: bigint;

  @VndColumn({ name: 'funded_amount' })
  fundedAmount!: bigint;

  @VndColumn({ name: 'refused_amount' })
  refusedAmount!: bigint;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount!: number;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}

/** One line of a batch: FUNDED (its escrow, and the payment row that carries the money) or REFUSED with the reason. */
@Entity({ name: 'cod_remittance_lines' })
@Unique('cod_remittance_lines_no_uq', ['remittanceRowId', 'lineNo'])
export class CodRemittanceLineRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'remittance_row_id', type: 'uuid' })
  remittanceRowId!: string;

  @Column({ name: 'line_no', type: 'integer' })
  lineNo!: number;

  @Column({ name: 'tracking_number', type: 'text' })
  trackingNumber!: string;

  @VndColumn()
  amount!: bigint;

  @Column({ type: 'text' })
  outcome!: 'FUNDED' | 'REFUSED';

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason!: CodLineRefusal | null;

  @Column({ name: 'escrow_id', type: 'uuid', nullable: true })
  escrowId!: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;
}
