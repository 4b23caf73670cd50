import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PARTNER_VISIBLE_STATUSES, type PartnerVisibleStatus } from '../../application/list-instructions/list-partner-instructions.query';

/** Query of `GET /v1/partners/{partnerId}/instructions`. */
export class ListInstructionsQueryParams {
  @ApiPropertyOptional({ enum: PARTNER_VISIBLE_STATUSES, example: 'PENDING', description: 'Only instructions in this status (default: all).' })
  @IsOptional() @IsIn(PARTNER_VISIBLE_STATUSES)
  status?: PartnerVisibleStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
