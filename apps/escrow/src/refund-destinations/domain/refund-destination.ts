import { INSTITUTION_CODE, PAYOUT_METHODS, type PayoutMethod } from '@trustcircle/contracts';
import type { ClearPayoutAccount } from '../../payout-accounts/domain/payout-account-details';

/**
 * The e-wallets a COD buyer can be refunded to, by issuer code. Each identifies its wallets by the holder's
 * Vietnamese mobile number, which is what the buyer gives as `accountNumber`.
 */
export const EWALLET_ISSUERS = ['MOMO', 'ZALOPAY', 'SHOPEEPAY', 'VIETTELMONEY', 'VNPTMONEY'] as const;

/** A refund destination as the buyer typed it (the body of the buyer's PUT, before any check). */
export interface RefundDestinationInput {
  method: unknown;
  institutionCode: unknown;
  accountNumber: unknown;
  accountName: unknown;
}

/** The fields whose rules depend on the method (the method itself is checked on its own). */
export type RefundDestinationField = 'institutionCode' | 'accountNumber' | 'accountName';

const BANK_ACCOUNT_NUMBER = /^\d{6,19}$/;
/** A Vietnamese mobile number: 0, +84 or 84, then one of the mobile prefixes 3, 5, 7, 8, 9 and eight digits. */
const VN_MOBILE = /^(?:\+?84|0)([35789]\d{8})$/;
const ACCOUNT_NAME = /^[A-Z]+(?: [A-Z]+)*$/;

/** Separators people type inside numbers (`0912 345 678`, `0011-2233-44`): dropped. */
function compact(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/**
 * An account holder's name as Vietnamese banks and wallets hold it: without diacritics (đ → D), uppercase, single
 * spaces (`  Nguyễn   Thị Đào ` → `NGUYEN THI DAO`).
 */
export function normalizeAccountName(raw: string): string {
  const plain = raw.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐÐ]/g, 'D');
  return plain.toUpperCase().replace(/\s+/g, ' ').trim();
}

/** The account number as stored and sent: digits of a bank account, or a wallet's mobile number written `0XXXXXXXXX`. */
export function normalizeAccountNumber(method: PayoutMethod, raw: string): string {
  const compacted = compact(raw);
  const mobile = method === 'EWALLET' ? VN_MOBILE.exec(compacted) : null;
  return mobile ? `0${mobile[1]}` : compacted;
}

function isMethod(v: unknown): v is PayoutMethod {
  return typeof v === 'string' && (PAYOUT_METHODS as readonly string[]).includes(v);
}

function isEwalletIssuer(code: string): boolean {
  return (EWALLET_ISSUERS as readonly string[]).includes(code);
}

function institutionProblem(method: PayoutMethod, raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (!INSTITUTION_CODE.test(code)) return 'institutionCode must be a bank code (NAPAS short name or BIN) or an e-wallet issuer code: 2–20 letters and digits';
  if (method === 'EWALLET' && !isEwalletIssuer(code)) return `institutionCode must be one of the e-wallets ${EWALLET_ISSUERS.join(', ')}`;
  if (method === 'BANK_ACCOUNT' && isEwalletIssuer(code)) return 'institutionCode names an e-wallet: use method EWALLET';
  return null;
}

function accountNumberProblem(method: PayoutMethod, raw: string): string | null {
  const compacted = compact(raw);
  if (method === 'BANK_ACCOUNT') return BANK_ACCOUNT_NUMBER.test(compacted) ? null : 'accountNumber must be a bank account number of 6–19 digits';
  return VN_MOBILE.test(compacted) ? null : 'accountNumber must be the Vietnamese mobile number the e-wallet is registered to';
}

function accountNameProblem(raw: string): string | null {
  const name = normalizeAccountName(raw);
  if (name.length < 2 || name.length > 100) return 'accountName must be 2–100 characters';
  return ACCOUNT_NAME.test(name) ? null : 'accountName must be the holder’s name as the bank or wallet shows it: letters and spaces only';
}

/**
 * What is wrong with one field of a buyer's refund destination (a message naming the field, never its value), or
 * null. The method-dependent rules apply once the method is valid: a bank account is 6–19 digits; an e-wallet is
 * one of {@link EWALLET_ISSUERS} and the mobile number it is registered to; the holder's name is 2–100 letters and
 * spaces once unaccented and uppercased. Spaces, dots and dashes inside numbers are ignored.
 */
export function refundDestinationProblem(field: RefundDestinationField, input: RefundDestinationInput): string | null {
  const value = input[field];
  if (typeof value !== 'string') return `${field} must be a string`;
  if (field === 'accountName') return accountNameProblem(value);
  if (!isMethod(input.method)) return null; // the method's own error says it
  return field === 'institutionCode' ? institutionProblem(input.method, value) : accountNumberProblem(input.method, value);
}

/** The destination a valid input stands for, normalised (institution code uppercased, number compacted, name unaccented). */
export function refundDestinationOf(input: { method: PayoutMethod; institutionCode: string; accountNumber: string; accountName: string }): ClearPayoutAccount {
  return {
    method: input.method,
    institutionCode: input.institutionCode.trim().toUpperCase(),
    accountNumber: normalizeAccountNumber(input.method, input.accountNumber),
    accountName: normalizeAccountName(input.accountName),
  };
}

