import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Query of `GET /v1/ledger/accounts`: escrowId, code, or both. */
export class ListLedgerAccountsQueryParams {
  @ApiPropertyOptional({ format: 'uuid', description: 'The accounts of this escrow (held funds, seller payable, buyer refund payable).' })
  @IsOptional() @IsUUID()
  escrowId?: string;

  @ApiPropertyOptional({ example: 'platform_fee_revenue', description: 'The account of this code, e.g. `held_funds:<escrowId>`.' })
  @IsOptional() @IsString() @MaxLength(200) @Matches(/^[a-z_]+(:[\w-]+)*$/)
  code?: string;
}
