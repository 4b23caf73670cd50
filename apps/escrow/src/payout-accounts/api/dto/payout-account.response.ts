import { ApiProperty } from '@nestjs/swagger';
import type { SellerPayoutAccountRecord } from '../../infrastructure/seller-payout-account.orm-entity';
import { MaskedAccountResponse } from './masked-account.response';

/** A seller's registered payout account, masked (the number is never shown in clear, nor the holder's name). */
export class PayoutAccountResponse extends MaskedAccountResponse {
  @ApiProperty({ example: 'shop-1024' })
  sellerId!: string;

  static of(r: SellerPayoutAccountRecord): PayoutAccountResponse {
    return { sellerId: r.sellerId, ...MaskedAccountResponse.fieldsOf(r) };
  }
}
