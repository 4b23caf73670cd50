import { type BeneficiaryV1, type PayoutMethod, maskAccountNumber, payoutDetailsJson } from '@trustcircle/contracts';

/** What is sealed for a payout account: the number and the holder's name (personal financial data). */
export interface PayoutAccountDetails {
  accountNumber: string;
  accountName: string;
}

/** A payout account in clear, inside escrow only (to seal it again for an instruction). */
export interface ClearPayoutAccount extends PayoutAccountDetails {
  method: PayoutMethod;
  institutionCode: string;
}

/** Whether two accounts are the same, field by field. */
export function sameAccount(a: ClearPayoutAccount, b: ClearPayoutAccount): boolean {
  return a.method === b.method && a.institutionCode === b.institutionCode && a.accountNumber === b.accountNumber && a.accountName === b.accountName;
}

/** The masked form of an account number (the contract's, `******6789`). */
export { maskAccountNumber };

/** The sealed plaintext of an account's details (the contract's format, stable key order). */
export function detailsJson(d: PayoutAccountDetails): string {
  return payoutDetailsJson(d);
}

/** Parses sealed details; throws on anything else than `{accountNumber, accountName}` strings. */
export function parseDetails(json: string): PayoutAccountDetails {
  const v = JSON.parse(json) as Partial<PayoutAccountDetails>;
  if (typeof v.accountNumber !== 'string' || typeof v.accountName !== 'string') throw new Error('sealed payout details are not {accountNumber, accountName}');
  return { accountNumber: v.accountNumber, accountName: v.accountName };
}

/** The masked beneficiary of a seller payout to `account`. */
export function sellerBeneficiary(sellerId: string, account: { method: PayoutMethod; institutionCode: string; accountNumberMasked: string }): BeneficiaryV1 {
  return { party: 'SELLER', destination: account.method, sellerId, institutionCode: account.institutionCode, accountNumberMasked: account.accountNumberMasked };
}

/** The beneficiary of a payout still waiting for an account: the seller, nothing to show yet (never on an event). */
export function awaitingSellerBeneficiary(sellerId: string): BeneficiaryV1 {
  return { party: 'SELLER', destination: 'BANK_ACCOUNT', sellerId, institutionCode: null, accountNumberMasked: null };
}
