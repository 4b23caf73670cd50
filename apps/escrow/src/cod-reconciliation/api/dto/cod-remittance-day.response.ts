import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import type { CodRemittanceDay } from '../../domain/cod-reconciliation-report';
import { CodRemittanceBatchResponse } from './cod-remittance-batch.response';

/** The remittance batches escrow received from you that day, and their sums. */
export class CodRemittanceDayResponse {
  @ApiProperty({ example: 1 })
  batchCount!: number;

  @ApiProperty({ example: 2_600_000 })
  totalAmount!: number;

  @ApiProperty({ example: 2_300_000 })
  fundedAmount!: number;

  @ApiProperty({ example: 300_000 })
  refusedAmount!: number;

  @ApiProperty({ example: 1 })
  refusedLineCount!: number;

  @ApiProperty({ type: [CodRemittanceBatchResponse], description: 'Oldest received first.' })
  batches!: CodRemittanceBatchResponse[];

  static of(d: CodRemittanceDay): CodRemittanceDayResponse {
    return {
      batchCount: d.batchCount,
      totalAmount: vndToWire(d.total),
      fundedAmount: vndToWire(d.funded),
      refusedAmount: vndToWire(d.refused),
      refusedLineCount: d.refusedLineCount,
      batches: d.batches.map((b) => CodRemittanceBatchResponse.of(b)),
    };
  }
}
