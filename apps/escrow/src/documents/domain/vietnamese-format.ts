/** The time zone of every time a document shows. */
export const DOCUMENT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VIETNAM_OFFSET_MS = 7 * 3_600_000; // Vietnam has no daylight saving time: always UTC+07:00

/** Whole VND as Vietnamese text: `1235000n` → `"1.235.000 ₫"` (dots group thousands; integers only). */
export function formatVnd(amount: bigint | number): string {
  const value = BigInt(amount);
  const digits = (value < 0n ? -value : value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0n ? '-' : ''}${digits} ₫`;
}

/** An instant as ISO-8601 in Vietnam time: `2026-11-29T07:30:00.000Z` → `"2026-11-29T14:30:00+07:00"`. */
export function vietnamIso(at: Date): string {
  return `${new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** An instant as Vietnamese readers write it: `"14:30:00 ngày 29/11/2026 (giờ Việt Nam)"`. */
export function vietnamHumanTime(at: Date): string {
  const iso = new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(11, 19)} ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} (giờ Việt Nam)`;
}
