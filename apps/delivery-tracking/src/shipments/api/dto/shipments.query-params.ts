import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/shipments`: `?orderId=` (an order's shipments) or `?stuck=true` (a page of stuck ones). */
export class ShipmentsQueryParams {
  @ApiPropertyOptional({ format: 'uuid', description: 'The order whose shipments to return (with their timelines).' })
  @IsOptional() @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ enum: ['true'], description: 'List active shipments with no courier event for STUCK_AFTER_HOURS or past their expected delivery.' })
  @IsOptional() @IsIn(['true'], { message: 'stuck must be true' })
  stuck?: 'true';

  @ApiPropertyOptional({ description: 'With stuck=true: the `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'With stuck=true: page size.' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}
