import type { BeneficiaryV1, InstructionKind, RefundReason } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** PENDING (the partner may act), AWAITING_ACCOUNT (a payout, or a cash-on-delivery refund, with no account yet), SETTLED, FAILED (a retry is scheduled), ESCALATED (operators decide). */
export const INSTRUCTION_STATUSES = ['PENDING', 'AWAITING_ACCOUNT', 'SETTLED', 'FAILED', 'ESCALATED'] as const;
export type InstructionStatus = (typeof INSTRUCTION_STATUSES)[number];

/**
 * A payout or refund instruction to a payment partner, issued once per cause key. A payout keeps the seller's
 * account, and a cash-on-delivery refund the buyer's refund destination, sealed (AAD `instruction:<id>`, see
 * `instructionDetailsAad`) for the partner's authenticated pull; the beneficiary column is the masked view that
 * travels on events.
 */
@Entity({ name: 'instructions' })
export class InstructionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: InstructionKind;

  @Column({ type: 'text' })
  status!: InstructionStatus;

  /** Unique per instruction: the issuer's cause key, plus `:<partnerId>` (payout split) or `:<paymentId>` (refund split). */
  @Column({ name: 'cause_key', type: 'text', unique: true })
  causeKey!: string;

  /** The cause key as the caller gave it (every instruction of one issue shares it). */
  @Column({ name: 'issue_key', type: 'text' })
  issueKey!: string;

  @Column({ name: 'escrow_id', type: 'uuid', nullable: true })
  escrowId!: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'marketplace_id', type: 'uuid', nullable: true })
  marketplaceId!: string | null;

  /** The marketplace's seller id (payouts). */
  @Column({ name: 'seller_id', type: 'text', nullable: true })
  sellerId!: string | null;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  /** The payment a refund comes from: the original payment (PREPAID), or the COD remittance line's payment record. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  @Column({ name: 'original_partner_txn_id', type: 'text', nullable: true })
  originalPartnerTxnId!: string | null;

  @VndColumn()
  amount!: bigint;

  @Column({ type: 'text' })
  currency!: 'VND';

  /** The refund reason (refunds only). */
  @Column({ type: 'text', nullable: true })
  reason!: RefundReason | null;

  /** Masked beneficiary (as on events). */
  @Column({ type: 'jsonb' })
  beneficiary!: BeneficiaryV1;

  /** `{"accountNumber","accountName"}` sealed for this instruction (payouts with an account, COD refunds with the buyer's destination). */
  @Column({ name: 'payout_details_sealed', type: 'text', nullable: true })
  payoutDetailsSealed!: string | null;

  @Column({ name: 'key_id', type: 'text', nullable: true })
  keyId!: string | null;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_failure_reason', type: 'text', nullable: true })
  lastFailureReason!: string | null;

  @Column({ name: 'partner_reference', type: 'text', nullable: true })
  partnerReference!: string | null;

  /** When the partner says it settled (the partner's time). */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  /** When escrow recorded the settlement. */
  @Column({ name: 'settlement_recorded_at', type: 'timestamptz', nullable: true })
  settlementRecordedAt!: Date | null;

  /** When it (last) became PENDING for the partner. */
  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The AAD an instruction's sealed payout details are bound to. */
export function instructionDetailsAad(instructionId: string): string {
  return `instruction:${instructionId}`;
}
