import type { PayoutMethod } from '@trustcircle/contracts';
import type { SealedValue } from '@trustcircle/security';
import { Column } from 'typeorm';
import { type ClearPayoutAccount, maskAccountNumber } from '../domain/payout-account-details';

/**
 * The columns of a stored bank account or e-wallet whose number and holder's name are sealed (`{"accountNumber",
 * "accountName"}` under the platform key, AAD given by the owning table); only the method, the institution and the
 * masked number are in clear. Shared by sellers' payout accounts and cash-on-delivery buyers' refund destinations.
 */
export abstract class SealedAccountColumns {
  @Column({ type: 'text' })
  method!: PayoutMethod;

  @Column({ name: 'institution_code', type: 'text' })
  institutionCode!: string;

  @Column({ name: 'account_number_masked', type: 'text' })
  accountNumberMasked!: string;

  @Column({ name: 'sealed_details', type: 'text' })
  sealedDetails!: string;

  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  /** When the first account was stored. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the account last changed. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The columns storing `account` sealed as `sealed` at `now`, keeping the first registration time of `existing`. */
export function sealedAccountColumns(account: ClearPayoutAccount, sealed: SealedValue, existing: SealedAccountColumns | null, now: Date): SealedAccountColumns {
  return {
    method: account.method,
    institutionCode: account.institutionCode,
    accountNumberMasked: maskAccountNumber(account.accountNumber),
    sealedDetails: sealed.ciphertext,
    keyId: sealed.keyId,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}
