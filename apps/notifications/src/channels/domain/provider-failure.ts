import { maskPhone } from '@trustcircle/observability';
import type { OutboundMessage, SendResult } from '../channel-provider';
import { maskRecipient } from './mask-recipient';

/** Longest provider answer kept with an attempt (the rest is cut). */
export const MAX_STORED_RESPONSE_CHARS = 1000;

/** What replaces a secret or the message's own text when a provider echoes it back. */
export const SCRUBBED = '[REDACTED]';

/**
 * Whether an HTTP status is worth trying again (or at the next provider): 408, 429 and 5xx, and 3xx, which is never
 * followed (see {@link failureFromStatus}). Any other 4xx is a refusal that will not change.
 */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  if (status >= 400 && status < 500) return false;
  return true;
}

/**
 * The failure for a non-2xx HTTP answer. Redirects (3xx) are not followed (the signed request or the token would go
 * to an address nobody configured) and count as retryable failures, as Svix does: the endpoint or gateway is being
 * moved or is misconfigured, which its owner fixes without us; meanwhile the next provider is tried and the
 * schedule keeps retrying.
 */
export function failureFromStatus(status: number, response: string, location?: string | null): SendResult {
  const redirect = status >= 300 && status < 400;
  const to = location ? ` to ${location.split('?')[0]}` : '';
  const error = redirect ? `HTTP ${status}: redirect${to} not followed` : `HTTP ${status}`;
  return { ok: false, retryable: isRetryableStatus(status), error, statusCode: status, response };
}

/**
 * A provider's answer or error text as it may be stored and shown in the audit API: the message's text (it may
 * carry a one-time code), the recipient and every secret replaced, the remaining phone numbers masked, and cut to
 * {@link MAX_STORED_RESPONSE_CHARS}.
 */
export function scrubProviderText(text: string, message: Pick<OutboundMessage, 'text' | 'to'>, secrets: readonly string[] = []): string {
  let out = text;
  const hide = (value: string | undefined, by: string): void => {
    if (value && value.length >= 4) out = out.split(value).join(by);
  };
  for (const secret of secrets) hide(secret, SCRUBBED);
  hide(message.text, SCRUBBED);
  const jsonEscapedText = JSON.stringify(message.text ?? '').slice(1, -1);
  if (jsonEscapedText !== message.text) hide(jsonEscapedText, SCRUBBED);
  hide(message.to, maskRecipient(message.to));
  const withoutPlus = message.to.replace(/^\+/, '');
  hide(withoutPlus, maskRecipient(withoutPlus));
  out = maskPhone(out);
  return out.length > MAX_STORED_RESPONSE_CHARS ? out.slice(0, MAX_STORED_RESPONSE_CHARS) : out;
}
