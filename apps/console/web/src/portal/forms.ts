import type { EvidenceItem, FileDisputeBody, RefundDestinationBody, RefundMethod } from '../api/wire-types';
import { parseVndInput } from '../format/vnd';

/**
 * The portal's forms, checked before sending: only what helps the buyer fix a typo at once. The services check
 * everything again and have the last word (their refusals are shown field by field).
 */

/** The order code as the buyer may type it: any case, spaces or dashes, with or without `TC`; 8 letters or digits. */
export function isPlausibleOrderCode(text: string): boolean {
  const bare = text.toUpperCase().replace(/[\s-]/g, '');
  const body = bare.startsWith('TC') ? bare.slice(2) : bare;
  return /^[0-9A-Z]{8}$/.test(body);
}

/** A Vietnamese mobile number in any usual form: `0901234567`, `090 123 4567`, `+84901234567`, `84901234567`. */
export function isPlausibleVnPhone(text: string): boolean {
  const digits = text.replace(/[\s().-]/g, '');
  return /^(0|\+84|84|0084)\d{9}$/.test(digits);
}

/** The one-time code without the spaces a buyer may type: 6 digits, else null. */
export function otpOf(text: string): string | null {
  const digits = text.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** What the complaint form holds. */
export interface ComplaintForm {
  reason: string;
  description: string;
  requestedOutcome: string;
  /** As typed (`300.000`), for REFUND_PARTIAL. */
  amount: string;
  vulnerable: boolean;
  vulnerableCategory: string;
}

/** Problems of the complaint form, by input; empty when it can be sent. */
export type ComplaintErrors = Partial<Record<'reason' | 'description' | 'requestedOutcome' | 'requestedAmount' | 'vulnerable', 'required' | 'invalid'>>;

export function checkComplaint(form: ComplaintForm, orderTotal: number): ComplaintErrors {
  const errors: ComplaintErrors = {};
  if (!form.reason) errors.reason = 'required';
  const description = form.description.trim();
  if (!description) errors.description = 'required';
  else if (description.length > 5000) errors.description = 'invalid';
  if (!form.requestedOutcome) errors.requestedOutcome = 'required';
  if (form.requestedOutcome === 'REFUND_PARTIAL') {
    const amount = parseVndInput(form.amount);
    if (amount === null || amount <= 0 || amount >= orderTotal) errors.requestedAmount = 'invalid';
  }
  if (form.vulnerable && !form.vulnerableCategory) errors.vulnerable = 'required';
  return errors;
}

/** The body of `POST /v1/public/disputes` for a checked form. */
export function complaintBody(form: ComplaintForm, orderCode: string, evidence: EvidenceItem[]): FileDisputeBody {
  const body: FileDisputeBody = {
    orderCode,
    reason: form.reason as FileDisputeBody['reason'],
    description: form.description.trim(),
    requestedOutcome: form.requestedOutcome as FileDisputeBody['requestedOutcome'],
  };
  if (form.requestedOutcome === 'REFUND_PARTIAL') body.requestedAmount = parseVndInput(form.amount) ?? undefined;
  if (form.vulnerable) body.vulnerable = { category: form.vulnerableCategory as NonNullable<FileDisputeBody['vulnerable']>['category'] };
  if (evidence.length > 0) body.evidence = evidence;
  return body;
}

/** The e-wallets escrow pays COD refunds to (docs/escrow.md, "Refunds to COD buyers"), with their names. */
export const EWALLETS: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'MOMO', name: 'MoMo' },
  { code: 'ZALOPAY', name: 'ZaloPay' },
  { code: 'SHOPEEPAY', name: 'ShopeePay' },
  { code: 'VIETTELMONEY', name: 'Viettel Money' },
  { code: 'VNPTMONEY', name: 'VNPT Money' },
];

/** Banks buyers use most, by their NAPAS short name (any other code may be typed). */
export const COMMON_BANKS: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'VCB', name: 'Vietcombank' },
  { code: 'BIDV', name: 'BIDV' },
  { code: 'ICB', name: 'VietinBank' },
  { code: 'VBA', name: 'Agribank' },
  { code: 'TCB', name: 'Techcombank' },
  { code: 'MB', name: 'MB Bank' },
  { code: 'ACB', name: 'ACB' },
  { code: 'VPB', name: 'VPBank' },
  { code: 'TPB', name: 'TPBank' },
  { code: 'STB', name: 'Sacombank' },
  { code: 'HDB', name: 'HDBank' },
  { code: 'VIB', name: 'VIB' },
  { code: 'SHB', name: 'SHB' },
  { code: 'OCB', name: 'OCB' },
  { code: 'MSB', name: 'MSB' },
  { code: 'EIB', name: 'Eximbank' },
];

/** What the refund account form holds. */
export interface RefundForm {
  method: RefundMethod | '';
  institutionCode: string;
  accountNumber: string;
  accountName: string;
}

/** Problems of the refund account form, by input: only missing values (the service checks the rest). */
export function checkRefundForm(form: RefundForm): Partial<Record<keyof RefundForm, 'required'>> {
  const errors: Partial<Record<keyof RefundForm, 'required'>> = {};
  for (const key of ['method', 'institutionCode', 'accountNumber', 'accountName'] as const) if (!form[key].trim()) errors[key] = 'required';
  return errors;
}

/** The body of `PUT …/refund-destination` for a checked form. */
export function refundBody(form: RefundForm): RefundDestinationBody {
  return { method: form.method as RefundMethod, institutionCode: form.institutionCode.trim().toUpperCase(), accountNumber: form.accountNumber.trim(), accountName: form.accountName.trim() };
}

/** A bank or wallet code in words: `VCB` → `Vietcombank`, unknown codes as they are. */
export function institutionName(code: string): string {
  return [...COMMON_BANKS, ...EWALLETS].find((i) => i.code === code)?.name ?? code;
}

/** Photo limits of evidence uploads (docs/disputes.md, "Uploading a file"). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_ITEMS = 20;

/** Why a picked file cannot be sent as a photo, or null. */
export function photoProblem(file: { type: string; size: number; name: string }): 'notImage' | 'tooLarge' | null {
  const image = file.type.startsWith('image/') || /\.(jpe?g|png|webp|heic|heif)$/i.test(file.name);
  if (!image) return 'notImage';
  if (file.size > MAX_PHOTO_BYTES) return 'tooLarge';
  return null;
}
