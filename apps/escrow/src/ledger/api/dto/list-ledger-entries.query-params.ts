import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/ledger/entries`: at least one of orderId, escrowId, accountId. */
export class ListLedgerEntriesQueryParams {
  @ApiPropertyOptional({ format: 'uuid', description: 'Lines of the transactions of this order.' })
  @IsOptional() @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Lines of the transactions of this escrow.' })
  @IsOptional() @IsUUID()
  escrowId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Lines of this account.' })
  @IsOptional() @IsUUID()
  accountId?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}
