import { ApiPropertyOptional } from '@nestjs/swagger';
import { ORDER_STATUSES, type OrderStatus } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/orders`. */
export class ListOrdersQueryParams {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional() @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ example: 'SHOP-10001' })
  @IsOptional() @IsString() @MaxLength(100)
  externalId?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'Only orders placed at or after this instant.' })
  @IsOptional() @IsISO8601({ strict: true })
  createdFrom?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}
