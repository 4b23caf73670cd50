import type { DisputeDeadline, DisputeOutcome, DisputeReason, Escalator, HoldRefusalReason, MerchantAction, RequestedOutcome, ResolutionPath, VulnerableCategory } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import type { Vnd } from '@trustcircle/kernel';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DisputeState } from '../domain/dispute-state-machine';

/** Where the vulnerable-consumer flag stands: never declared, declared by the buyer, confirmed or removed by a mediator. */
export type VulnerableStatus = 'NONE' | 'DECLARED' | 'CONFIRMED' | 'REMOVED';

/** A buyer's complaint about an order (one open per order, by a partial unique index). */
@Entity({ name: 'disputes' })
export class DisputeRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'order_code', type: 'text' })
  orderCode!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'seller_id', type: 'text' })
  sellerId!: string;

  @Column({ type: 'text' })
  state!: DisputeState;

  @Column({ type: 'text' })
  reason!: DisputeReason;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'requested_outcome', type: 'text' })
  requestedOutcome!: RequestedOutcome;

  /** Set only for REFUND_PARTIAL. */
  @VndColumn({ name: 'requested_amount', nullable: true })
  requestedAmount!: Vnd | null;

  /** The order total at filing (the ceiling of any refund). */
  @VndColumn({ name: 'order_total' })
  orderTotal!: Vnd;

  @Column({ type: 'boolean' })
  vulnerable!: boolean;

  @Column({ name: 'vulnerable_category', type: 'text', nullable: true })
  vulnerableCategory!: VulnerableCategory | null;

  @Column({ name: 'merchant_response_due_at', type: 'timestamptz' })
  merchantResponseDueAt!: Date;

  /** Escrow's answer to the hold: null until it came, true when money is held (or will be, COD), false when refused. */
  @Column({ name: 'money_held', type: 'boolean', nullable: true })
  moneyHeld!: boolean | null;

  @Column({ name: 'hold_refusal_reason', type: 'text', nullable: true })
  holdRefusalReason!: HoldRefusalReason | null;

  /** The deadline running now (null in a final state). */
  @Column({ name: 'current_deadline', type: 'text', nullable: true })
  currentDeadline!: DisputeDeadline | null;

  @Column({ name: 'current_due_at', type: 'timestamptz', nullable: true })
  currentDueAt!: Date | null;

  @Column({ name: 'merchant_responded_at', type: 'timestamptz', nullable: true })
  merchantRespondedAt!: Date | null;

  @Column({ name: 'merchant_action', type: 'text', nullable: true })
  merchantAction!: MerchantAction | null;

  /** Whether the first response came before its deadline (null while none came; false after a default judgment). */
  @Column({ name: 'merchant_on_time', type: 'boolean', nullable: true })
  merchantOnTime!: boolean | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ name: 'escalated_by', type: 'text', nullable: true })
  escalatedBy!: Escalator | null;

  @Column({ name: 'mediator_due_at', type: 'timestamptz', nullable: true })
  mediatorDueAt!: Date | null;

  /** When the mediator's deadline passed undecided (flagged), else null. */
  @Column({ name: 'mediator_breached_at', type: 'timestamptz', nullable: true })
  mediatorBreachedAt!: Date | null;

  @Column({ name: 'vulnerable_status', type: 'text' })
  vulnerableStatus!: VulnerableStatus;

  /** The money outcome, once decided (RETURN_AND_REFUND: decided, the refund waits for the return). */
  @Column({ type: 'text', nullable: true })
  outcome!: DisputeOutcome | null;

  @VndColumn({ name: 'refund_amount', nullable: true })
  refundAmount!: Vnd | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy!: ResolutionPath | null;

  /** The mediator (operator id) who decided, for MEDIATOR_DECISION. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  /** When the money outcome was decided. */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  /** When the dispute reached a final state (RESOLVED, WITHDRAWN, CLOSED). */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** The `disputes.dispute-resolved` event that announced the outcome. */
  @Column({ name: 'resolution_event_id', type: 'uuid', nullable: true })
  resolutionEventId!: string | null;

  /** When a claw-back was requested (escrow held no money for a refund); never twice. */
  @Column({ name: 'clawback_requested_at', type: 'timestamptz', nullable: true })
  clawbackRequestedAt!: Date | null;

  /** RETURN_AND_REFUND: the return shipment's first scan (the return deadline is then met). */
  @Column({ name: 'return_shipped_at', type: 'timestamptz', nullable: true })
  returnShippedAt!: Date | null;

  /** RETURN_AND_REFUND: the return shipment delivered to the seller (the refund follows). */
  @Column({ name: 'return_delivered_at', type: 'timestamptz', nullable: true })
  returnDeliveredAt!: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
