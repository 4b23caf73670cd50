import { ApiProperty } from '@nestjs/swagger';
import {
  DISPUTE_DEADLINES,
  DISPUTE_OUTCOMES,
  DISPUTE_REASONS,
  type DisputeDeadline,
  type DisputeOutcome,
  type DisputeReason,
  REQUESTED_OUTCOMES,
  type RequestedOutcome,
  VULNERABLE_CATEGORIES,
  type VulnerableCategory,
} from '@trustcircle/contracts';
import { toVnLocalIso, vndToWire } from '@trustcircle/kernel';
import { DISPUTE_STATES, type DisputeState } from '../../domain/dispute-state-machine';
import type { DisputeRecord, VulnerableStatus } from '../../infrastructure/dispute.orm-entity';
import { isoOrNull, localOrNull, vndOrNull, vulnerableOf } from './dispute-view.response';

/** One dispute in a list (the full view is `GET /v1/disputes/{id}`). Amounts are whole VND. */
export class DisputeSummaryResponse {
  @ApiProperty({ format: 'uuid' }) disputeId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderCode!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty() sellerId!: string;
  @ApiProperty({ enum: DISPUTE_STATES }) state!: DisputeState;
  @ApiProperty({ enum: DISPUTE_REASONS }) reason!: DisputeReason;
  @ApiProperty({ enum: REQUESTED_OUTCOMES }) requestedOutcome!: RequestedOutcome;
  @ApiProperty({ nullable: true, type: Number }) requestedAmount!: number | null;
  @ApiProperty() orderTotal!: number;
  @ApiProperty({ enum: VULNERABLE_CATEGORIES, nullable: true }) vulnerableCategory!: VulnerableCategory | null;
  @ApiProperty({ enum: ['DECLARED', 'CONFIRMED', 'REMOVED'], nullable: true }) vulnerableStatus!: VulnerableStatus | null;
  @ApiProperty({ nullable: true, type: Boolean }) moneyHeld!: boolean | null;
  @ApiProperty({ enum: DISPUTE_DEADLINES, nullable: true, description: 'The deadline running now.' }) currentDeadline!: DisputeDeadline | null;
  @ApiProperty({ nullable: true, type: String }) currentDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) currentDueAtLocal!: string | null;
  @ApiProperty({ enum: DISPUTE_OUTCOMES, nullable: true }) outcome!: DisputeOutcome | null;
  @ApiProperty({ nullable: true, type: Number }) refundAmount!: number | null;
  @ApiProperty() openedAt!: string;
  @ApiProperty() openedAtLocal!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAtLocal!: string | null;

  static of(d: DisputeRecord): DisputeSummaryResponse {
    const vulnerable = vulnerableOf(d);
    return {
      disputeId: d.id,
      orderId: d.orderId,
      orderCode: d.orderCode,
      marketplaceId: d.marketplaceId,
      sellerId: d.sellerId,
      state: d.state,
      reason: d.reason,
      requestedOutcome: d.requestedOutcome,
      requestedAmount: vndOrNull(d.requestedAmount),
      orderTotal: vndToWire(d.orderTotal),
      vulnerableCategory: vulnerable?.category ?? null,
      vulnerableStatus: vulnerable?.status ?? null,
      moneyHeld: d.moneyHeld,
      currentDeadline: d.currentDeadline,
      currentDueAt: isoOrNull(d.currentDueAt),
      currentDueAtLocal: localOrNull(d.currentDueAt),
      outcome: d.outcome,
      refundAmount: vndOrNull(d.refundAmount),
      openedAt: d.openedAt.toISOString(),
      openedAtLocal: toVnLocalIso(d.openedAt),
      finishedAt: isoOrNull(d.finishedAt),
      finishedAtLocal: localOrNull(d.finishedAt),
    };
  }
}

/** `GET /v1/disputes`: a page, newest first. */
export class DisputePageResponse {
  @ApiProperty({ type: [DisputeSummaryResponse] }) items!: DisputeSummaryResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last.' }) nextCursor!: string | null;
}
