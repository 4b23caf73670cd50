import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks (https://www.standardwebhooks.com), as our partners sign the webhooks they send us:
 * - headers `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature` (space-separated `v1,<base64>`);
 * - signature = base64(HMAC-SHA256(key, `${id}.${timestamp}.${rawBody}`)), key = base64-decoded secret after `whsec_`;
 * - any `v1` signature may match any current secret (two during a rotation);
 * - timestamps more than {@link WEBHOOK_TOLERANCE_SECONDS} from now, either way, are refused for new messages.
 *
 * Signature and timestamp are judged separately (the `standardwebhooks` library judges the timestamp first),
 * because a retry of a message we already answered is recognised by its id before its timestamp is judged.
 */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** The three signature headers of a request, as sent. */
export interface WebhookHeaders {
  id: string;
  timestamp: string;
  signature: string;
}

/** Longest `webhook-id` accepted (ids are stored as replay keys). */
export const MAX_WEBHOOK_ID_LENGTH = 256;

/** Reads the Standard Webhooks headers; undefined when one is missing, repeated or malformed. */
export function readWebhookHeaders(headers: Record<string, string | string[] | undefined>): WebhookHeaders | undefined {
  const one = (name: string): string | undefined => {
    const v = headers[name];
    return typeof v === 'string' && v.length > 0 ? v : undefined;
  };
  const id = one('webhook-id');
  const timestamp = one('webhook-timestamp');
  const signature = one('webhook-signature');
  if (!id || !timestamp || !signature) return undefined;
  if (id.length > MAX_WEBHOOK_ID_LENGTH || !/^[\x21-\x7e]+$/.test(id)) return undefined;
  if (!/^\d{1,12}$/.test(timestamp)) return undefined;
  return { id, timestamp, signature };
}

/** The signing key of a `whsec_…` secret. */
export function webhookKeyOf(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  if (key.length === 0) throw new Error('empty webhook secret');
  return key;
}

/** The `v1,<base64>` signature of a message (what a sender puts in `webhook-signature`). */
export function signWebhook(secret: string, id: string, timestamp: number | string, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', webhookKeyOf(secret))
    .update(`${id}.${timestamp}.`, 'utf8')
    .update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody)
    .digest();
  return `v1,${mac.toString('base64')}`;
}

/**
 * Whether one of the `v1` signatures in the header was made with one of `secrets` over exactly these bytes.
 * Constant-time per comparison; never judges the timestamp (see {@link judgeWebhookTimestamp}).
 */
export function verifyWebhookSignature(secrets: readonly string[], headers: WebhookHeaders, rawBody: Buffer): boolean {
  const presented = headers.signature
    .split(' ')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'))
    .filter((b) => b.length === 32);
  if (presented.length === 0) return false;
  let match = false;
  for (const secret of secrets) {
    const expected = Buffer.from(signWebhook(secret, headers.id, headers.timestamp, rawBody).slice(3), 'base64');
    for (const candidate of presented) if (timingSafeEqual(candidate, expected)) match = true; // no early exit
  }
  return match;
}

/** `ok`, or why a new message's timestamp is refused. */
export type TimestampVerdict = 'ok' | 'stale' | 'future';

/** Judges a new message's timestamp against `now` with the 5-minute tolerance, both ways. */
export function judgeWebhookTimestamp(timestamp: string, now: Date, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS): TimestampVerdict {
  const sent = Number(timestamp);
  const nowS = Math.floor(now.getTime() / 1000);
  if (nowS - sent > toleranceSeconds) return 'stale';
  if (sent - nowS > toleranceSeconds) return 'future';
  return 'ok';
}
