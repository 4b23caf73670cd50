import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';

/** Body of `POST /v1/partners/{partnerId}/settlements`. */
export class RecordSettlementBody {
  @ApiProperty({ format: 'uuid', description: 'The instruction settled or failed.' })
  @IsUUID()
  instructionId!: string;

  @ApiProperty({ enum: ['SETTLED', 'FAILED'], example: 'SETTLED' })
  @IsIn(['SETTLED', 'FAILED'])
  status!: 'SETTLED' | 'FAILED';

  @ApiProperty({ example: '2026-03-07T03:00:00.000Z', description: 'When you settled it (or found it failed), ISO-8601.' })
  @IsISO8601({ strict: true })
  settledAt!: string;

  @ApiProperty({ example: 'FT25066123456', minLength: 1, maxLength: 100, description: 'Your reference for the transfer (or the failed attempt).' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  reference!: string;

  @ApiPropertyOptional({ example: 'Beneficiary account closed', maxLength: 500, description: 'Why it failed: required when status is FAILED. No account numbers.' })
  @ValidateIf((o: RecordSettlementBody) => o.status === 'FAILED' || o.reason !== undefined)
  @IsString() @IsNotEmpty() @MaxLength(500)
  reason?: string;
}
