import { ApiProperty } from '@nestjs/swagger';
import type { ManualActionKind } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import type { ManualActionStatus } from '../../domain/manual-action-rules';
import type { ManualActionRecord } from '../../infrastructure/manual-action.orm-entity';

/** A manual money action: who proposed it, who decided it. */
export class ManualActionResponse {
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'uuid' }) escrowId!: string;
  @ApiProperty() kind!: ManualActionKind;
  @ApiProperty() amount!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: 'array', items: { type: 'object' } }) postings!: Array<{ accountCode: string; side: 'DEBIT' | 'CREDIT'; amount: number }> | null;
  @ApiProperty({ nullable: true, format: 'uuid' }) disputeId!: string | null;
  @ApiProperty({ enum: ['PROPOSED', 'APPROVED', 'REJECTED'] }) status!: ManualActionStatus;
  @ApiProperty({ format: 'uuid' }) proposedBy!: string;
  @ApiProperty() proposedAt!: string;
  @ApiProperty({ nullable: true, format: 'uuid' }) decidedBy!: string | null;
  @ApiProperty({ nullable: true }) decidedAt!: string | null;
  @ApiProperty({ nullable: true }) note!: string | null;

  static of(a: ManualActionRecord): ManualActionResponse {
    return {
      actionId: a.id,
      orderId: a.orderId,
      escrowId: a.escrowId,
      kind: a.kind,
      amount: vndToWire(a.amount),
      reason: a.reason,
      postings: a.postings?.map((p) => ({ accountCode: p.accountCode, side: p.side, amount: Number(p.amount) })) ?? null,
      disputeId: a.disputeId,
      status: a.status,
      proposedBy: a.proposedBy,
      proposedAt: a.proposedAt.toISOString(),
      decidedBy: a.decidedBy,
      decidedAt: a.decidedAt ? a.decidedAt.toISOString() : null,
      note: a.note,
    };
  }
}
