import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISPUTE_OUTCOMES } from '@trustcircle/contracts';
import { toVnLocalIso, vndToWire } from '@trustcircle/kernel';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';

/** Where the dispute stands after an action (the whole case: `GET` the dispute). */
export class DisputeActionResponse {
  @ApiProperty({ format: 'uuid' })
  disputeId!: string;

  @ApiProperty({ example: 'AWAITING_BUYER_ESCALATION' })
  state!: string;

  @ApiPropertyOptional({ example: 'BUYER_ESCALATION', nullable: true, description: 'The deadline running now; null when none runs.' })
  currentDeadline!: string | null;

  @ApiPropertyOptional({ example: '2026-12-01T14:30:00.000Z', nullable: true })
  currentDueAt!: string | null;

  @ApiPropertyOptional({ example: '2026-12-01T21:30:00+07:00', nullable: true, description: 'The same instant in Asia/Ho_Chi_Minh.' })
  currentDueAtLocal!: string | null;

  @ApiPropertyOptional({ enum: DISPUTE_OUTCOMES, nullable: true })
  outcome!: string | null;

  @ApiPropertyOptional({ example: 300000, nullable: true, description: 'Whole VND refunded to the buyer once the outcome is applied.' })
  refundAmount!: number | null;

  @ApiPropertyOptional({ nullable: true, description: 'Whether escrow holds the money; null until escrow answered the hold.' })
  moneyHeld!: boolean | null;

  static of(d: DisputeRecord): DisputeActionResponse {
    return {
      disputeId: d.id,
      state: d.state,
      currentDeadline: d.currentDeadline,
      currentDueAt: d.currentDueAt?.toISOString() ?? null,
      currentDueAtLocal: d.currentDueAt ? toVnLocalIso(d.currentDueAt) : null,
      outcome: d.outcome,
      refundAmount: d.refundAmount === null ? null : vndToWire(d.refundAmount),
      moneyHeld: d.moneyHeld,
    };
  }
}
