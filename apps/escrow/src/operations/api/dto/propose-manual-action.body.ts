import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsVndAmount, MANUAL_ACTION_KINDS, type ManualActionKind } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

/** One line of a correcting entry: an amount on one side of an existing ledger account. */
export class CorrectionPostingBody {
  @ApiProperty({ example: 'seller_payable:6f1c…', description: 'The ledger account code (see the escrow view’s ledger lines).' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  accountCode!: string;

  @ApiProperty({ enum: ['DEBIT', 'CREDIT'] })
  @IsIn(['DEBIT', 'CREDIT'])
  side!: 'DEBIT' | 'CREDIT';

  @ApiProperty({ example: 10_000, description: 'Whole VND, above 0.' })
  @IsVndAmount() @Min(1)
  amount!: number;
}

/** Body of `POST /v1/escrows/{orderId}/manual-actions`. */
export class ProposeManualActionBody {
  @ApiProperty({ enum: MANUAL_ACTION_KINDS })
  @IsIn(MANUAL_ACTION_KINDS)
  kind!: ManualActionKind;

  @ApiPropertyOptional({
    example: 1_000_000,
    description: 'Whole VND. Required for CLAWBACK (at most what was released to the seller); for FORCE_RELEASE / FORCE_REFUND it must equal what is held (default); for CORRECTING_ENTRY its total debits (default).',
  })
  @IsOptional() @IsVndAmount() @Min(1)
  amount?: number;

  @ApiProperty({ example: 'Seller confirmed by phone that the parcel was never sent.', maxLength: 1000 })
  @IsString() @IsNotEmpty() @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The dispute behind it (a CLAWBACK with it answers that dispute’s claw-back request).' })
  @IsOptional() @IsUUID()
  disputeId?: string;

  @ApiPropertyOptional({ type: [CorrectionPostingBody], description: 'CORRECTING_ENTRY only: balanced lines on this escrow’s accounts, the fee revenue, partner clearing or the seller’s receivable.' })
  @IsOptional() @IsArray() @ArrayMinSize(2) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => CorrectionPostingBody)
  postings?: CorrectionPostingBody[];
}
