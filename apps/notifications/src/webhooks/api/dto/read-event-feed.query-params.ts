import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/events`. */
export class ReadEventFeedQueryParams {
  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page; omitted: from your first event.' })
  @IsOptional() @IsString() @MaxLength(100)
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}
