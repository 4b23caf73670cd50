import { isIP } from 'node:net';
import { blockedRangeOf } from './blocked-address';

/** The longest endpoint URL accepted (as given and once normalised). */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** What the URL rules allow beyond public https. */
export interface WebhookUrlOptions {
  /** Development only (`WEBHOOK_ALLOW_INSECURE_URLS`): http to localhost/127.0.0.1/[::1], and private addresses. */
  allowInsecure: boolean;
}

/** The outcome of checking an endpoint URL: the normalised URL, or why it is refused (a message naming `url`). */
export type WebhookUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** Host names that are local by definition (RFC 6761 `localhost`, mDNS `.local`, RFC 8375 `.home.arpa`, ICANN's `.internal`). */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|home\.arpa|localdomain)\.?$/i;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a webhook endpoint URL and normalises it (WHATWG URL: lower-case scheme and host, IPv4 in dotted form):
 * - absolute `https://` (http only to localhost, 127.0.0.1 or [::1] in development mode), at most 2000 characters;
 * - no user name or password, no fragment;
 * - outside development mode, the host is neither an IP literal in a special-purpose range (loopback, private,
 *   link-local, CGNAT, multicast, documentation…, IPv4-mapped IPv6 included), nor a local name (`localhost`,
 *   `*.local`, `*.internal`…), nor a single label (`intranet`).
 *
 * Host names are not resolved here: a name that resolves (or later rebinds) to a private address must be refused
 * by the dispatcher when it connects (see the docs, "DNS rebinding").
 */
export function checkWebhookUrl(raw: string, options: WebhookUrlOptions): WebhookUrlCheck {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return refuse(`url must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('url must be an absolute https URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('url must be an https URL');
  if (url.username !== '' || url.password !== '') return refuse('url must not contain a user name or password');
  if (url.hash !== '' || raw.includes('#')) return refuse('url must not contain a fragment');
  const host = url.hostname;
  if (host === '') return refuse('url must name a host');
  if (url.protocol === 'http:') {
    if (!options.allowInsecure) return refuse('url must be an https URL');
    if (!LOOPBACK_HOSTS.has(host)) return refuse('url may use http only for localhost, 127.0.0.1 or [::1] (development mode)');
  }
  if (!options.allowInsecure) {
    const refusal = publicHostRefusal(host);
    if (refusal) return refuse(refusal);
  }
  if (url.href.length > MAX_WEBHOOK_URL_LENGTH) return refuse(`url must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  return { ok: true, url: url.href };
}

/** Why a (normalised) host is not a public destination, or null when it may be one. */
function publicHostRefusal(host: string): string | null {
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIP(literal) !== 0) {
    const range = blockedRangeOf(literal);
    return range ? `url points to a ${range} address; webhooks go to public addresses only` : null;
  }
  if (LOCAL_NAMES.test(host)) return 'url names a local host; webhooks go to public addresses only';
  if (!host.replace(/\.$/, '').includes('.')) return 'url must name a fully qualified host (example.com)';
  return null;
}

function refuse(message: string): WebhookUrlCheck {
  return { ok: false, message };
}
