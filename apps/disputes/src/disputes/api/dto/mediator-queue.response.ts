import { ApiProperty } from '@nestjs/swagger';
import { DISPUTE_REASONS, type DisputeReason, type Escalator, ESCALATORS, REQUESTED_OUTCOMES, type RequestedOutcome, VULNERABLE_CATEGORIES, type VulnerableCategory } from '@trustcircle/contracts';
import { toVnLocalIso, vndToWire } from '@trustcircle/kernel';
import { type MediatorQueue, PRIORITY_STATUSES } from '../../application/mediator-queue/mediator-queue.query';
import type { DisputeRecord, VulnerableStatus } from '../../infrastructure/dispute.orm-entity';
import { isoOrNull, localOrNull, vndOrNull } from './dispute-view.response';

/** One case in the mediators' queue. Amounts are whole VND. */
export class QueuedDisputeResponse {
  @ApiProperty({ format: 'uuid' }) disputeId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderCode!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty({ enum: ['VULNERABLE', 'NORMAL'], description: 'VULNERABLE: a declared or confirmed vulnerable consumer (front of the queue).' })
  priority!: 'VULNERABLE' | 'NORMAL';
  @ApiProperty({ enum: VULNERABLE_CATEGORIES, nullable: true }) vulnerableCategory!: VulnerableCategory | null;
  @ApiProperty({ enum: ['DECLARED', 'CONFIRMED', 'REMOVED'], nullable: true }) vulnerableStatus!: VulnerableStatus | null;
  @ApiProperty({ enum: DISPUTE_REASONS }) reason!: DisputeReason;
  @ApiProperty({ enum: REQUESTED_OUTCOMES }) requestedOutcome!: RequestedOutcome;
  @ApiProperty({ nullable: true, type: Number }) requestedAmount!: number | null;
  @ApiProperty() orderTotal!: number;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Whether escrow holds the money (false: a refund becomes a claw-back).' }) moneyHeld!: boolean | null;
  @ApiProperty({ nullable: true, type: String }) escalatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) escalatedAtLocal!: string | null;
  @ApiProperty({ enum: ESCALATORS, nullable: true }) escalatedBy!: Escalator | null;
  @ApiProperty({ nullable: true, type: String, description: 'The mediator’s decision deadline.' }) mediatorDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) mediatorDueAtLocal!: string | null;
  @ApiProperty({ description: 'The deadline has passed (asOf ≥ mediatorDueAt).' }) overdue!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole seconds from asOf to the deadline, negative once overdue.' }) timeLeftSeconds!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the breach was flagged.' }) mediatorBreachedAt!: string | null;
  @ApiProperty() openedAt!: string;
  @ApiProperty() openedAtLocal!: string;

  static of(d: DisputeRecord, asOf: Date): QueuedDisputeResponse {
    const declared = d.vulnerableCategory !== null && d.vulnerableStatus !== 'NONE';
    const leftMs = d.mediatorDueAt ? d.mediatorDueAt.getTime() - asOf.getTime() : null;
    return {
      disputeId: d.id,
      orderId: d.orderId,
      orderCode: d.orderCode,
      marketplaceId: d.marketplaceId,
      priority: PRIORITY_STATUSES.includes(d.vulnerableStatus) ? 'VULNERABLE' : 'NORMAL',
      vulnerableCategory: declared ? d.vulnerableCategory : null,
      vulnerableStatus: declared ? d.vulnerableStatus : null,
      reason: d.reason,
      requestedOutcome: d.requestedOutcome,
      requestedAmount: vndOrNull(d.requestedAmount),
      orderTotal: vndToWire(d.orderTotal),
      moneyHeld: d.moneyHeld,
      escalatedAt: isoOrNull(d.escalatedAt),
      escalatedAtLocal: localOrNull(d.escalatedAt),
      escalatedBy: d.escalatedBy,
      mediatorDueAt: isoOrNull(d.mediatorDueAt),
      mediatorDueAtLocal: localOrNull(d.mediatorDueAt),
      overdue: leftMs !== null && leftMs <= 0,
      timeLeftSeconds: leftMs === null ? null : Math.floor(leftMs / 1000),
      mediatorBreachedAt: isoOrNull(d.mediatorBreachedAt),
      openedAt: d.openedAt.toISOString(),
      openedAtLocal: toVnLocalIso(d.openedAt),
    };
  }
}

/** `GET /v1/disputes/queue`: the head of the mediators' queue, in order. */
export class MediatorQueueResponse {
  @ApiProperty({ type: [QueuedDisputeResponse] }) items!: QueuedDisputeResponse[];
  @ApiProperty({ description: 'How many cases the queue holds in all (with the same filter).' }) total!: number;
  @ApiProperty({ description: 'The instant time left is measured from.' }) asOf!: string;
  @ApiProperty() asOfLocal!: string;

  static of(queue: MediatorQueue): MediatorQueueResponse {
    return {
      items: queue.items.map((d) => QueuedDisputeResponse.of(d, queue.asOf)),
      total: queue.total,
      asOf: queue.asOf.toISOString(),
      asOfLocal: toVnLocalIso(queue.asOf),
    };
  }
}
