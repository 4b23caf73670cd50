import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, type Currency, IsInstant, IsVndAmount } from '@trustcircle/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { LINE_KINDS, type LineKind } from '../../domain/reconciliation-line';

/** One line of a partner's statement. */
export class StatementLineBody {
  @ApiProperty({
    example: 'VCB-20261128-000123',
    maxLength: 100,
    description: 'PAYMENT: your partnerTxnId. PAYOUT / REFUND: the instruction id you received (your idempotency key), or the reference you settled it with.',
  })
  @IsString() @IsNotEmpty() @MaxLength(100)
  reference!: string;

  @ApiProperty({ enum: LINE_KINDS, example: 'PAYMENT' })
  @IsIn(LINE_KINDS)
  kind!: LineKind;

  @ApiProperty({ example: 1_235_000, minimum: 1, description: 'Whole VND.' })
  @IsVndAmount() @Min(1)
  amount!: number;

  @ApiPropertyOptional({ enum: CURRENCIES, example: 'VND' })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: Currency;

  @ApiPropertyOptional({ example: '2026-11-28T15:04:05+07:00', description: 'When the line happened on your side (informative; not matched on).' })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;
}
