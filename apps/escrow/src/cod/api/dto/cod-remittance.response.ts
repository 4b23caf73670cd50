import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import type { CodRemittanceAnswer } from '../../application/record-remittance/cod-remittance-answer';
import { COD_LINE_REFUSALS, type CodLineRefusal } from '../../infrastructure/cod-remittance.orm-entity';

/** One line of a remittance batch as escrow decided it. */
export class CodRemittanceLineResponse {
  @ApiProperty({ example: 0, description: 'The line’s position in `lines` (from 0).' })
  lineNo!: number;

  @ApiProperty({ example: 'GHN5K7QX2M' })
  trackingNumber!: string;

  @ApiProperty({ example: 1_250_000, description: 'Whole VND.' })
  amount!: number;

  @ApiProperty({ enum: ['FUNDED', 'REFUSED'], example: 'FUNDED', description: 'FUNDED: the order’s escrow holds (or has passed on) this cash. REFUSED: it funded nothing.' })
  outcome!: 'FUNDED' | 'REFUSED';

  @ApiProperty({
    enum: COD_LINE_REFUSALS,
    nullable: true,
    type: String,
    example: null,
    description:
      'Why a line was refused: UNKNOWN_PARCEL (no parcel of yours with this tracking number), NOT_COD (a prepaid order), NOT_DELIVERED (not delivered yet), ' +
      'ESCROW_CLOSED (cancelled, expired or refused at the door), AMOUNT_EXCEEDS_DUE (more than the order total still unremitted). Null when FUNDED.',
  })
  reason!: CodLineRefusal | null;

  @ApiPropertyOptional({ example: 'TC-7KQ4-M2XD', description: 'The order funded (FUNDED lines only).' })
  orderCode?: string;
}

/** The answer to a remittance batch (201 the first time, 200 with the same body for a repeat). */
export class CodRemittanceResponse {
  @ApiProperty({ example: 'RM-2026-11-28-001' })
  remittanceId!: string;

  @ApiProperty({ format: 'uuid', example: '5b1d0c2e-8f3a-4a6b-9c7d-1e2f3a4b5c6d' })
  courierId!: string;

  @ApiProperty({ example: 2_100_000, description: 'All lines, whole VND.' })
  totalAmount!: number;

  @ApiProperty({ example: 1_250_000, description: 'Funded lines, whole VND.' })
  fundedAmount!: number;

  @ApiProperty({ example: 850_000, description: 'Refused lines, whole VND (reconciled with operators).' })
  refusedAmount!: number;

  @ApiProperty({ type: [CodRemittanceLineResponse] })
  lines!: CodRemittanceLineResponse[];

  static of(a: CodRemittanceAnswer): CodRemittanceResponse {
    return {
      remittanceId: a.remittanceId,
      courierId: a.courierId,
      totalAmount: vndToWire(a.totalAmount),
      fundedAmount: vndToWire(a.fundedAmount),
      refusedAmount: vndToWire(a.refusedAmount),
      lines: a.lines.map((l) => ({
        lineNo: l.lineNo,
        trackingNumber: l.trackingNumber,
        amount: vndToWire(l.amount),
        outcome: l.outcome,
        reason: l.reason,
        ...(l.orderCode !== null ? { orderCode: l.orderCode } : {}),
      })),
    };
  }
}
