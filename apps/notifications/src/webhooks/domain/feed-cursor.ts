/**
 * The event feed's cursor: an opaque position in one owner's feed (after the entry with sequence number `seq`;
 * 0 before the first). Clients must not build or read it; the format may change with a new prefix.
 */
const PREFIX = 'ev1.';
const SEQ = /^(0|[1-9]\d{0,18})$/;
const MAX_SEQ = 2n ** 63n - 1n;

/** The cursor of the position after `seq` (a bigint as PostgreSQL gives it, in decimal). */
export function encodeFeedCursor(seq: string | bigint): string {
  const text = String(seq);
  if (!SEQ.test(text) || BigInt(text) > MAX_SEQ) throw new Error(`not a feed position: ${text}`);
  return Buffer.from(`${PREFIX}${text}`, 'utf8').toString('base64url');
}

/** The position (decimal) a cursor stands for, or undefined when it is not one this API issued. */
export function decodeFeedCursor(raw: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw)) return undefined;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return undefined;
  const seq = text.slice(PREFIX.length);
  if (!SEQ.test(seq) || BigInt(seq) > MAX_SEQ) return undefined;
  return encodeFeedCursor(seq) === raw ? seq : undefined;
}
