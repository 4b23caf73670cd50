import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Normalises a Vietnamese phone number to E.164 (`0901234567` → `+84901234567`), or undefined when it is not
 * a valid Vietnamese number.
 */
export function normaliseVnPhone(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input.trim(), 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) return undefined;
  return parsed.number;
}
