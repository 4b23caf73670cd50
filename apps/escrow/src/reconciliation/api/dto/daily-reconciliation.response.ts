import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import type { DailyReport } from '../../application/daily-report/daily-report.query';
import { BUSINESS_TIME_ZONE } from '../../domain/business-day';
import { ReconciliationLineResponse } from './reconciliation-line.response';

/** Escrow's totals with the partner on the day, whole VND. */
export class DailyTotalsResponse {
  @ApiProperty({ example: 12_500_000, description: 'Payments received that day.' })
  fundedAmount!: number;

  @ApiProperty({ example: 9_800_000, description: 'PAYOUT instructions you settled that day.' })
  payoutAmount!: number;

  @ApiProperty({ example: 350_000, description: 'REFUND instructions you settled that day.' })
  refundAmount!: number;

  @ApiProperty({
    example: 196_000,
    description: 'Platform fees on releases posted that day, of escrows whose first payment came through you (release and partial-refund fees).',
  })
  feeAmount!: number;

  @ApiProperty({ example: 14, description: 'Number of lines (payments and settled instructions).' })
  lineCount!: number;
}

/** `GET /v1/partners/{partnerId}/reconciliation?date=`: escrow's side of a business day with a payment partner. */
export class DailyReconciliationResponse {
  @ApiProperty({ format: 'uuid' })
  partnerId!: string;

  @ApiProperty({ example: '2026-11-28', description: 'The business day, Asia/Ho_Chi_Minh.' })
  businessDate!: string;

  @ApiProperty({ example: BUSINESS_TIME_ZONE })
  timeZone!: string;

  @ApiProperty({ example: '2026-11-27T17:00:00.000Z', description: 'Start of the day (inclusive, UTC).' })
  from!: string;

  @ApiProperty({ example: '2026-11-28T17:00:00.000Z', description: 'End of the day (exclusive, UTC).' })
  to!: string;

  @ApiProperty({ type: DailyTotalsResponse })
  totals!: DailyTotalsResponse;

  @ApiProperty({ type: [ReconciliationLineResponse], description: 'Oldest first.' })
  lines!: ReconciliationLineResponse[];

  static of(r: DailyReport): DailyReconciliationResponse {
    return {
      partnerId: r.partnerId,
      businessDate: r.day.date,
      timeZone: BUSINESS_TIME_ZONE,
      from: r.day.from.toISOString(),
      to: r.day.to.toISOString(),
      totals: {
        fundedAmount: vndToWire(r.totals.fundedAmount),
        payoutAmount: vndToWire(r.totals.payoutAmount),
        refundAmount: vndToWire(r.totals.refundAmount),
        feeAmount: vndToWire(r.totals.feeAmount),
        lineCount: r.totals.lineCount,
      },
      lines: r.lines.map((l) => ReconciliationLineResponse.of(l)),
    };
  }
}
