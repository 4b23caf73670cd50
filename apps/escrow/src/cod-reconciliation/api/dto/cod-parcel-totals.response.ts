import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import type { CodParcelTotals } from '../../domain/cod-reconciliation-report';

/** Sums over parcels, whole VND. */
export class CodParcelTotalsResponse {
  @ApiProperty({ example: 4 })
  parcelCount!: number;

  @ApiProperty({ example: 4_600_000, description: 'What should have been collected: the order totals.' })
  expectedAmount!: number;

  @ApiProperty({ example: 4_550_000, description: 'What you said you collected (parcels whose delivered event said nothing count 0).' })
  collectedAmount!: number;

  @ApiProperty({ example: 2_300_000, description: 'What your remittances funded for these parcels so far (any day).' })
  remittedAmount!: number;

  @ApiProperty({ example: 2_250_000, description: 'What you still owe for these parcels now.' })
  outstandingAmount!: number;

  static of(t: CodParcelTotals): CodParcelTotalsResponse {
    return {
      parcelCount: t.parcelCount,
      expectedAmount: vndToWire(t.expected),
      collectedAmount: vndToWire(t.collected),
      remittedAmount: vndToWire(t.remitted),
      outstandingAmount: vndToWire(t.outstanding),
    };
  }
}
