import { ApiProperty } from '@nestjs/swagger';
import { INSTRUCTION_FAILURE_ACTIONS, INSTRUCTION_KINDS, type InstructionFailureAction, type InstructionKind } from '@trustcircle/contracts';
import type { SettlementAnswer } from '../../domain/settlement-report';

/** The answer to a settlement report (a repeat of the same report gets the same answer). */
export class SettlementResponse implements SettlementAnswer {
  @ApiProperty({ format: 'uuid' })
  instructionId!: string;

  @ApiProperty({ enum: INSTRUCTION_KINDS })
  kind!: InstructionKind;

  @ApiProperty({ enum: ['SETTLED', 'FAILED', 'ESCALATED'], description: 'SETTLED; FAILED (it will be issued again at nextAttemptAt); ESCALATED (operators decide).' })
  status!: 'SETTLED' | 'FAILED' | 'ESCALATED';

  @ApiProperty({ example: 1, description: 'The attempt the report was about.' })
  attempt!: number;

  @ApiProperty({ enum: INSTRUCTION_FAILURE_ACTIONS, nullable: true })
  nextAction!: InstructionFailureAction | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-03-07T03:15:00.000Z' })
  nextAttemptAt!: string | null;

  @ApiProperty({ example: '2026-03-07T03:00:01.000Z' })
  recordedAt!: string;
}
