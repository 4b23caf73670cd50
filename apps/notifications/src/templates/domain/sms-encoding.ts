import type { SmsEncoding } from '../template-renderer';

/**
 * The GSM 03.38 default alphabet (3GPP TS 23.038), without the escape code 0x1B: one 7-bit unit each. Order as in
 * the standard's table, 0x00 to 0x7F.
 */
export const GSM_7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The GSM 03.38 extension table: escape code + one unit, so two units each. */
export const GSM_7_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM_7_BASIC);
const EXTENSION = new Set(GSM_7_EXTENSION);

/** Single-message and per-part (concatenated, after the 6-byte UDH) capacities in units. */
const LIMITS = { 'GSM-7': { single: 160, part: 153 }, 'UCS-2': { single: 70, part: 67 } } as const;

/**
 * How an SMS is encoded and how many segments it takes. GSM-7 when every character is in the GSM 03.38 basic set
 * (1 unit) or its extension table (2 units: escape + character); otherwise UCS-2, counted in UTF-16 code units (a
 * character outside the Basic Multilingual Plane, such as an emoji, is a surrogate pair: 2 units). One segment up to
 * 160 / 70 units; beyond that, parts of 153 / 67 units, filled in order without splitting an extension character or
 * a surrogate pair across two parts (as handsets and gateways do), so a long message may take one part more than
 * `ceil(units / 153)`. An empty text is one (empty) segment.
 */
export function smsEncoding(text: string): SmsEncoding {
  const chars = [...text];
  const gsm = chars.every((c) => BASIC.has(c) || EXTENSION.has(c));
  const sizes = gsm ? chars.map((c) => (EXTENSION.has(c) ? 2 : 1)) : chars.map((c) => c.length);
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  const units = sizes.reduce((a, b) => a + b, 0);
  return { encoding, units, segments: segmentsOf(sizes, units, LIMITS[encoding]) };
}

function segmentsOf(sizes: readonly number[], units: number, limit: { single: number; part: number }): number {
  if (units <= limit.single) return 1;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > limit.part) {
      segments++;
      used = 0;
    }
    used += size;
  }
  return segments;
}
