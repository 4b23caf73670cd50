import { ApiPropertyOptional } from '@nestjs/swagger';
import { ESCROW_STATES, type EscrowState } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/escrows` (operators). */
export class ListEscrowsQueryParams {
  @ApiPropertyOptional({ enum: ESCROW_STATES })
  @IsOptional() @IsIn(ESCROW_STATES)
  state?: EscrowState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  marketplaceId?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}
