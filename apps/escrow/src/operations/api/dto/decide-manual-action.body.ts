import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Body of `POST /v1/escrows/{orderId}/manual-actions/{actionId}/approve|reject`. */
export class DecideManualActionBody {
  @ApiPropertyOptional({ maxLength: 1000, example: 'Checked the courier’s report.' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(1000)
  note?: string;
}
