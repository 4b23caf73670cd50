import { randomInt } from 'node:crypto';

/**
 * Order codes buyers type from an SMS: `TC-XXXX-XXXX` over 31 symbols with no look-alikes (no 0/O, 1/I/L).
 * 31^8 ≈ 8.5 × 10^11 codes; uniqueness is enforced by the database and a collision is simply retried.
 */
export const ORDER_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newOrderCode(): string {
  const pick = (): string => ORDER_CODE_ALPHABET[randomInt(ORDER_CODE_ALPHABET.length)];
  const part = (): string => Array.from({ length: 4 }, pick).join('');
  return `TC-${part()}-${part()}`;
}

/** Normalises what a buyer typed (case, spaces, dashes, look-alikes) to the canonical code, or undefined. */
export function normaliseOrderCode(input: string): string | undefined {
  const raw = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const body = raw.startsWith('TC') ? raw.slice(2) : raw;
  if (body.length !== 8 || [...body].some((c) => !ORDER_CODE_ALPHABET.includes(c))) return undefined;
  return `TC-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** The payment reference a buyer quotes to the payment partner: the code without dashes. */
export function paymentReferenceOf(code: string): string {
  return code.replace(/-/g, '');
}
