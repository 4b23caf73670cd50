import { ApiProperty } from '@nestjs/swagger';
import { PAYOUT_METHODS, type PayoutMethod } from '@trustcircle/contracts';
import type { SellerPayoutAccountRecord } from '../../infrastructure/seller-payout-account.orm-entity';

/** A seller's registered payout account, masked (the number is never shown in clear, nor the holder's name). */
export class PayoutAccountResponse {
  @ApiProperty({ example: 'shop-1024' })
  sellerId!: string;

  @ApiProperty({ enum: PAYOUT_METHODS, example: 'BANK_ACCOUNT' })
  method!: PayoutMethod;

  @ApiProperty({ example: 'VCB' })
  institutionCode!: string;

  @ApiProperty({ example: '******6789' })
  accountNumberMasked!: string;

  @ApiProperty({ example: '2026-03-01T08:00:00.000Z', description: 'When the seller’s first account was registered.' })
  registeredAt!: string;

  @ApiProperty({ example: '2026-03-01T08:00:00.000Z', description: 'When the account last changed.' })
  updatedAt!: string;

  static of(r: SellerPayoutAccountRecord): PayoutAccountResponse {
    return {
      sellerId: r.sellerId,
      method: r.method,
      institutionCode: r.institutionCode,
      accountNumberMasked: r.accountNumberMasked,
      registeredAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}
