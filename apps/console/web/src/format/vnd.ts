/**
 * A whole VND amount the Vietnamese way, as the SMS messages print it: `1235000` → `1.235.000 ₫` (dots between
 * thousands, a space, the đồng sign), in both languages. Anything that is not a whole, non-negative, safe number is
 * shown as `—` rather than a wrong amount.
 */
export function formatVnd(amount: number | null | undefined): string {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) return '—';
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, '.')} ₫`;
}

/**
 * An amount the buyer typed, as whole VND: `300.000`, `300,000`, `300 000 ₫`, `300000đ` → 300000. Null for
 * anything else (letters, decimals like `300.5`, nothing, zero-padded nonsense is read as its digits).
 */
export function parseVndInput(text: string): number | null {
  const bare = text.trim().replace(/\s*(₫|đ|vnd|vnđ)$/i, '');
  if (!/^\d{1,3}([.,\s]?\d{3})*$/.test(bare) && !/^\d+$/.test(bare)) return null;
  const value = Number(bare.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}
