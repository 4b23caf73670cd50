import { ApiProperty } from '@nestjs/swagger';
import { PAYOUT_METHODS, type PayoutMethod } from '@trustcircle/contracts';
import type { SealedAccountColumns } from '../../infrastructure/sealed-account-columns.orm-entity';

/** A stored bank account or e-wallet, masked (the number is never shown in clear, nor the holder's name). */
export class MaskedAccountResponse {
  @ApiProperty({ enum: PAYOUT_METHODS, example: 'BANK_ACCOUNT' })
  method!: PayoutMethod;

  @ApiProperty({ example: 'VCB' })
  institutionCode!: string;

  @ApiProperty({ example: '******6789' })
  accountNumberMasked!: string;

  @ApiProperty({ example: '2026-03-01T08:00:00.000Z', description: 'When the first account was registered.' })
  registeredAt!: string;

  @ApiProperty({ example: '2026-03-01T08:00:00.000Z', description: 'When the account last changed.' })
  updatedAt!: string;

  /** The masked fields of a stored account. */
  static fieldsOf(r: SealedAccountColumns): MaskedAccountResponse {
    return { method: r.method, institutionCode: r.institutionCode, accountNumberMasked: r.accountNumberMasked, registeredAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
  }
}
