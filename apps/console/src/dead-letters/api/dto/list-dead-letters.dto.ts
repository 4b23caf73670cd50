import { ApiPropertyOptional } from '@nestjs/swagger';
import { SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/admin/dead-letters`. */
export class ListDeadLettersDto {
  @ApiPropertyOptional({ description: 'Dead letters of this service (the one that failed to process the message).', enum: SERVICE_NAMES })
  @IsOptional() @IsIn(SERVICE_NAMES)
  service?: ServiceName;

  @ApiPropertyOptional({ description: 'Of this reason.', example: 'MALFORMED_JSON' })
  @IsOptional() @IsString() @MaxLength(100) @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'reason must be a reason such as MALFORMED_JSON' })
  reason?: string;

  @ApiPropertyOptional({ description: 'Open (never replayed), replayed, or all.', enum: ['open', 'replayed', 'all'], default: 'open' })
  @IsOptional() @IsIn(['open', 'replayed', 'all'])
  state?: 'open' | 'replayed' | 'all';

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
