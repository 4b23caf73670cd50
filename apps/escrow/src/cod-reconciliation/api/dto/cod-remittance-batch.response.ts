import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import { COD_LINE_REFUSALS, type CodLineRefusal } from '../../../cod/infrastructure/cod-remittance.orm-entity';
import type { CodRefusedLine, CodRemittanceBatch } from '../../domain/cod-reconciliation-report';

/** A line of your batch that funded nothing. */
export class CodRefusedLineResponse {
  @ApiProperty({ example: 2, description: 'The line’s position in the batch’s `lines` (from 0).' })
  lineNo!: number;

  @ApiProperty({ example: 'GHN5KX7Q2P' })
  trackingNumber!: string;

  @ApiProperty({ example: 300_000, description: 'Whole VND.' })
  amount!: number;

  @ApiProperty({ enum: COD_LINE_REFUSALS, example: 'AMOUNT_EXCEEDS_DUE' })
  reason!: CodLineRefusal;

  static of(l: CodRefusedLine): CodRefusedLineResponse {
    return { lineNo: l.lineNo, trackingNumber: l.trackingNumber, amount: vndToWire(l.amount), reason: l.reason };
  }
}

/** A remittance batch escrow received from you that day. */
export class CodRemittanceBatchResponse {
  @ApiProperty({ format: 'uuid', description: 'Escrow’s id of the batch.' })
  id!: string;

  @ApiProperty({ example: 'RMT-20261128-01', description: 'Your remittanceId.' })
  remittanceId!: string;

  @ApiProperty({ example: 'VCB-FT26332123456' })
  bankReference!: string;

  @ApiProperty({ example: '2026-11-28T09:30:00.000Z', description: 'When you said you transferred the cash (UTC).' })
  transferredAt!: string;

  @ApiProperty({ example: '2026-11-28T09:31:12.000Z', description: 'When escrow received the batch (UTC); it puts the batch on the day.' })
  receivedAt!: string;

  @ApiProperty({ example: 2_600_000, description: 'Sum of the lines, whole VND.' })
  totalAmount!: number;

  @ApiProperty({ example: 2_300_000, description: 'What funded escrows.' })
  fundedAmount!: number;

  @ApiProperty({ example: 300_000, description: 'What was refused (totalAmount = fundedAmount + refusedAmount).' })
  refusedAmount!: number;

  @ApiProperty({ example: 3 })
  lineCount!: number;

  @ApiProperty({ type: [CodRefusedLineResponse], description: 'By line number.' })
  refusedLines!: CodRefusedLineResponse[];

  static of(b: CodRemittanceBatch): CodRemittanceBatchResponse {
    return {
      id: b.id,
      remittanceId: b.remittanceId,
      bankReference: b.bankReference,
      transferredAt: b.transferredAt.toISOString(),
      receivedAt: b.receivedAt.toISOString(),
      totalAmount: vndToWire(b.total),
      fundedAmount: vndToWire(b.funded),
      refusedAmount: vndToWire(b.refused),
      lineCount: b.lineCount,
      refusedLines: b.refusedLines.map((l) => CodRefusedLineResponse.of(l)),
    };
  }
}
