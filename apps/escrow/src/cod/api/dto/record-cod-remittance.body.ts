import { ApiProperty } from '@nestjs/swagger';
import { IsNestedArray, IsUtcTimestamp } from '@trustcircle/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CodRemittanceLineBody } from './cod-remittance-line.body';

/** The most lines one batch may carry. */
export const MAX_REMITTANCE_LINES = 1000;

/** Body of `POST /v1/couriers/{courierId}/cod-remittances`: one bank transfer of collected cash, line by parcel. */
export class RecordCodRemittanceBody {
  @ApiProperty({ example: 'RM-2026-11-28-001', minLength: 1, maxLength: 100, description: 'Your batch id: a repeat with the same body answers the first outcome; another body under it is 409.' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  remittanceId!: string;

  @ApiProperty({ example: '2026-11-28T09:30:00.000Z', description: 'When you transferred the batch (ISO-8601 UTC, ending in Z).' })
  @IsUtcTimestamp()
  transferredAt!: string;

  @ApiProperty({ example: 'VCB-FT26332918450', minLength: 1, maxLength: 100, description: 'The bank transfer’s reference.' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  bankReference!: string;

  @ApiProperty({ type: [CodRemittanceLineBody], minItems: 1, maxItems: MAX_REMITTANCE_LINES, description: 'One line per parcel (a tracking number at most once).' })
  @IsNestedArray(() => CodRemittanceLineBody, 1, MAX_REMITTANCE_LINES)
  lines!: CodRemittanceLineBody[];
}
