import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsMasked, IsSealed, KEY_ID } from './validators';

/**
 * Where money can be paid to: a bank account (NAPAS bank code) or an e-wallet (provider code, e.g. `MOMO`).
 *
 * WARNING: wire values. Never rename one; add new ones only with a new event version.
 */
export const PAYOUT_METHODS = ['BANK_ACCOUNT', 'EWALLET'] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

/** Bank or e-wallet code: uppercase letters and digits, e.g. `VCB`, `970436`, `MOMO`. */
export const INSTITUTION_CODE = /^[A-Z0-9]{2,20}$/;

/**
 * A payout account in clear, as a marketplace gives it for a seller (intake body, escrow's own API). It never
 * travels on an event topic: events carry {@link SealedPayoutAccountV1}.
 */
export class PayoutAccountV1 {
  /** BANK_ACCOUNT or EWALLET. */
  @IsIn(PAYOUT_METHODS)
  method!: PayoutMethod;

  /** Bank code (NAPAS short name or BIN) or e-wallet provider code. */
  @Matches(INSTITUTION_CODE)
  institutionCode!: string;

  /** Account or wallet number: 4 to 34 letters and digits, no spaces. Personal financial data. */
  @Matches(/^[0-9A-Za-z]{4,34}$/)
  accountNumber!: string;

  /** Account holder's name as the bank knows it. Personal data. */
  @IsString() @IsNotEmpty() @MaxLength(200)
  accountName!: string;
}

/**
 * A payout account as it travels on events: what anyone may display, plus the full details sealed for escrow,
 * the only service that pays out.
 */
export class SealedPayoutAccountV1 {
  /** BANK_ACCOUNT or EWALLET. */
  @IsIn(PAYOUT_METHODS)
  method!: PayoutMethod;

  /** Bank code (NAPAS short name or BIN) or e-wallet provider code. */
  @Matches(INSTITUTION_CODE)
  institutionCode!: string;

  /** Account number with all but the last four characters masked, e.g. `******6789`. */
  @IsMasked()
  accountNumberMasked!: string;

  /**
   * `{"accountNumber": …, "accountName": …}` as JSON, sealed (AES-256-GCM under the platform data key, see
   * SEALED_FORMAT; AAD = the order id). Only escrow opens it. Never logged.
   */
  @IsSealed()
  sealedDetails!: string;

  /** Id of the platform data key that sealed it (rotation). */
  @Matches(KEY_ID)
  keyId!: string;
}

/**
 * The masked form of an account number as events carry it: six stars and the last four characters (`******6789`),
 * the length never shown; a short number (< 8) shows fewer characters so that at least four stay hidden.
 */
export function maskAccountNumber(accountNumber: string): string {
  const visible = accountNumber.length >= 8 ? 4 : Math.max(0, accountNumber.length - 4);
  return `******${accountNumber.slice(accountNumber.length - visible)}`;
}

/** The plaintext sealed in {@link SealedPayoutAccountV1.sealedDetails}: `{"accountNumber","accountName"}`, in this key order. */
export function payoutDetailsJson(d: { accountNumber: string; accountName: string }): string {
  return JSON.stringify({ accountNumber: d.accountNumber, accountName: d.accountName });
}
