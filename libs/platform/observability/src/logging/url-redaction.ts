import { isSensitiveEntry, REDACTED } from './log-sanitizer';

/** A URL with the values of sensitive query parameters (`?token=…`, `?otp=…`) redacted. */
export function redactUrl(url: string): string {
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
