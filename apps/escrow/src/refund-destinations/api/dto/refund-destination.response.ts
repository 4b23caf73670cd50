import { ApiProperty } from '@nestjs/swagger';
import { MaskedAccountResponse } from '../../../payout-accounts/api/dto/masked-account.response';
import type { BuyerRefundDestinationRecord } from '../../infrastructure/buyer-refund-destination.orm-entity';

/** The refund destination a cash-on-delivery buyer gave, masked (the number is never shown in clear, nor the holder's name). */
export class RefundDestinationResponse extends MaskedAccountResponse {
  @ApiProperty({ example: 'TC-7KQ4-M2XD' })
  orderCode!: string;

  static of(orderCode: string, r: BuyerRefundDestinationRecord): RefundDestinationResponse {
    return { orderCode, ...MaskedAccountResponse.fieldsOf(r) };
  }
}
