import type { BeneficiaryV1, PayoutMethod } from '@trustcircle/contracts';

/** The masked beneficiary of a COD buyer's refund to the bank account or e-wallet they gave. */
export function buyerBeneficiary(destination: { method: PayoutMethod; institutionCode: string; accountNumberMasked: string }): BeneficiaryV1 {
  return { party: 'BUYER', destination: destination.method, sellerId: null, institutionCode: destination.institutionCode, accountNumberMasked: destination.accountNumberMasked };
}

/** The beneficiary of a COD refund still waiting for the buyer's destination: the buyer, nothing to show yet (never on an event). */
export function awaitingBuyerBeneficiary(): BeneficiaryV1 {
  return { party: 'BUYER', destination: 'BANK_ACCOUNT', sellerId: null, institutionCode: null, accountNumberMasked: null };
}
