/** `part / whole` rounded to 4 decimals; null when `whole` is 0 (no rate to speak of). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
