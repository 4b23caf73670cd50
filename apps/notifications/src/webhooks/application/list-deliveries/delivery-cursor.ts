/**
 * The deliveries listing's cursor: an opaque position in one endpoint's newest-first listing (before the webhook
 * whose sequence number is `seq`). Clients must not build or read it; the format may change with a new prefix.
 */
const PREFIX = 'wd1.';
const SEQ = /^[1-9]\d{0,15}$/;

/** The cursor of the position before `seq` (a notification's sequence number). */
export function encodeDeliveryCursor(seq: number): string {
  const text = String(seq);
  if (!SEQ.test(text) || !Number.isSafeInteger(seq)) throw new Error(`not a delivery position: ${text}`);
  return Buffer.from(`${PREFIX}${text}`, 'utf8').toString('base64url');
}

/** The position a cursor stands for, or undefined when it is not one this API issued. */
export function decodeDeliveryCursor(raw: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(raw)) return undefined;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return undefined;
  const digits = text.slice(PREFIX.length);
  if (!SEQ.test(digits) || !Number.isSafeInteger(Number(digits))) return undefined;
  const seq = Number(digits);
  return encodeDeliveryCursor(seq) === raw ? seq : undefined;
}
