import { isSensitiveEntry, REDACTED } from './log-sanitizer';

/**
 * A secret carried as a path segment: a courier's native webhook token (`tcn_` + 43 base64url characters), which
 * GHN can only send in the URL it calls (`/v1/couriers/{courierId}/ghn/{token}`).
 */
const SECRET_PATH_SEGMENT = /\/tcn_[A-Za-z0-9_-]{43}(?=[/?#]|$)/g;

/** A URL with the values of sensitive query parameters (`?token=…`, `?otp=…`) and secret path segments redacted. */
export function redactUrl(rawUrl: string): string {
  const url = rawUrl.replace(SECRET_PATH_SEGMENT, `/${REDACTED}`);
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return url;
  const query = url.slice(queryStart + 1).replace(/([^=&]+)=([^&]*)/g, (pair, name: string, value: string) =>
    isSensitiveEntry(decodeSafely(name), decodeSafely(value), {}) ? `${name}=${REDACTED}` : pair,
  );
  return `${url.slice(0, queryStart)}?${query}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
