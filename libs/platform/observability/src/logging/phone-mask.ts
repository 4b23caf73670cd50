import { transformDeep } from './deep-transform';

const SEP = '[ .-]?';
/** Mobile national number (9 digits, 3x/5x/7x/8x/9x), contiguous or grouped 2-3-4 / 3-3-3. */
const MOBILE = `[35789]\\d(?:\\d{7}|${SEP}\\d{3}${SEP}\\d{4}|\\d${SEP}\\d{3}${SEP}\\d{3})`;
/** Landline national number (10 digits, 2x), contiguous or grouped 2-4-4 / 3-3-4. */
const LANDLINE = `2\\d(?:\\d{8}|${SEP}\\d{4}${SEP}\\d{4}|\\d${SEP}\\d{3}${SEP}\\d{4})`;
/** `+84`, URL-encoded `%2B84`, `0084`, `84` or the trunk prefix `0`. */
const PREFIX = '(\\+84|%2[Bb]84|0084|84|0)';

/**
 * Vietnamese phone numbers inside any text. Not preceded or followed by a letter or digit, so ids such as UUID
 * segments and longer digit runs are left alone.
 */
const VN_PHONE = new RegExp(`(?<![0-9A-Za-z])${PREFIX}${SEP}(${MOBILE}|${LANDLINE})(?![0-9A-Za-z])`, 'g');

/**
 * Masks every Vietnamese phone number in `text`, keeping the prefix as written, the first two and the last three
 * digits of the national number: `+84901234567` → `+8490****567`, `0901234567` → `090****567`,
 * `090 123 4567` → `090****567`.
 */
export function maskPhone(text: string): string {
  return text.replace(VN_PHONE, (_match, prefix: string, national: string) => {
    const digits = national.replace(/\D/g, '');
    return `${prefix}${digits.slice(0, 2)}${'*'.repeat(digits.length - 5)}${digits.slice(-3)}`;
  });
}

/**
 * A deep copy of `value` with {@link maskPhone} applied to every string (object keys are kept). Never mutates
 * its input; cycles, errors and binary data are handled as in a log line. Numbers are left alone: phone numbers
 * travel as strings in our APIs.
 */
export function maskPhonesDeep<T>(value: T): T {
  return transformDeep(value, { string: maskPhone }) as T;
}
