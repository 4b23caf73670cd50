import { createHash } from 'node:crypto';

/**
 * The `Message-ID` of an email, derived from the send's idempotency key: a resend of the same notification carries
 * the same id, so mail servers and mail clients see one message (and support can recognise a resend).
 * `<sha256(key) first 32 hex>.notification@<domain of the sender>`.
 */
export function emailMessageIdFor(idempotencyKey: string, fromAddress: string): string {
  const hash = createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, 32);
  return `<${hash}.notification@${emailDomainOf(fromAddress)}>`;
}

/** The domain of `no-reply@trustcircle.vn` or `TrustCircle <no-reply@trustcircle.vn>`; `localhost` if none. */
export function emailDomainOf(from: string): string {
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  const domain = address.split('@')[1]?.trim();
  return domain && /^[A-Za-z0-9.-]+$/.test(domain) ? domain.toLowerCase() : 'localhost';
}
