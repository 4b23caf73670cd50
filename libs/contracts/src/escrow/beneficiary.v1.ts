import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { INSTITUTION_CODE } from '../common/payout-account.v1';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsMasked } from '../common/validators';

/** Who receives an instruction's money. WARNING: wire values, never rename. */
export const BENEFICIARY_PARTIES = ['SELLER', 'BUYER'] as const;
export type BeneficiaryParty = (typeof BENEFICIARY_PARTIES)[number];

/**
 * Where an instruction's money goes: a bank account, an e-wallet, or back against the original payment (a
 * prepaid refund). WARNING: wire values, never rename.
 */
export const BENEFICIARY_DESTINATIONS = ['BANK_ACCOUNT', 'EWALLET', 'ORIGINAL_PAYMENT'] as const;
export type BeneficiaryDestination = (typeof BENEFICIARY_DESTINATIONS)[number];

/**
 * The beneficiary of a payout or refund instruction, as it travels on events and webhooks: structured and
 * masked. The payment partner reads the full account details from escrow's authenticated
 * `GET /v1/partners/{partnerId}/instructions`, never from Kafka or a webhook body.
 */
export class BeneficiaryV1 {
  /** SELLER (payouts) or BUYER (refunds). */
  @IsIn(BENEFICIARY_PARTIES)
  party!: BeneficiaryParty;

  /** BANK_ACCOUNT, EWALLET, or ORIGINAL_PAYMENT (refund against the original payment). */
  @IsIn(BENEFICIARY_DESTINATIONS)
  destination!: BeneficiaryDestination;

  /** The marketplace's seller id for a seller payout; null for a buyer. */
  @IsRequiredWhen('party', ['SELLER']) @IsString() @IsNotEmpty() @MaxLength(100)
  sellerId!: string | null;

  /** Bank or e-wallet code; null for ORIGINAL_PAYMENT. */
  @IsRequiredWhen('destination', ['BANK_ACCOUNT', 'EWALLET']) @Matches(INSTITUTION_CODE)
  institutionCode!: string | null;

  /** Masked account or wallet number, e.g. `******6789`; null for ORIGINAL_PAYMENT. */
  @IsRequiredWhen('destination', ['BANK_ACCOUNT', 'EWALLET']) @IsMasked()
  accountNumberMasked!: string | null;
}
