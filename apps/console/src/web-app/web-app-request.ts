/**
 * How the console answers a browser request outside its APIs: the pure rules behind {@link WebAppMiddleware}.
 *
 * - `pass`: not the web app's (the APIs under `/v1`, `/health`, `/metrics`, the OpenAPI pages under `/docs` and
 *   `/docs-json`, `/.well-known`), any method other than GET and HEAD, or a path that is not a safe file path (dot
 *   segments, hidden files, backslashes, malformed escapes): the rest of the console answers, a 404 problem when nothing does.
 * - `file`: a path whose last segment has an extension is a file of the build (`/assets/index-3f9a1c.js`,
 *   `/favicon.svg`); a file that is not there is a 404 problem, never the app's page.
 * - `page`: every other path is a route of the single-page app (`/`, `/tra-cuu`, `/tra-cuu/TC-7KQ4-M2XD`): the
 *   app's `index.html`, and the browser's router takes it from there.
 */
export type WebAppRequest = { kind: 'pass' } | { kind: 'file'; file: string; cache: WebAppCachePolicy } | { kind: 'page'; cache: WebAppCachePolicy };

/** How long a browser may keep an answer. */
export type WebAppCachePolicy = 'immutable' | 'revalidate';

/** First path segments that belong to the console's APIs and documentation, never to the web app. */
export const RESERVED_FIRST_SEGMENTS: readonly string[] = ['v1', 'health', 'metrics', 'docs', 'docs-json', '.well-known'];

/** Vite writes content-hashed files (a new name whenever the content changes) under this folder. */
export const HASHED_ASSETS_DIR = 'assets';

/** `Cache-Control` of each policy: hashed files forever, everything else revalidated on every use. */
export const CACHE_CONTROL: { readonly [P in WebAppCachePolicy]: string } = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
};

const PASS: WebAppRequest = { kind: 'pass' };

/** What a request for `url` (path and query, as `req.originalUrl`) is to the web app. */
export function webAppRequestOf(method: string, url: string): WebAppRequest {
  if (method !== 'GET' && method !== 'HEAD') return PASS;
  const path = url.split(/[?#]/, 1)[0];
  if (!path.startsWith('/')) return PASS;
  const raw = path.split('/').filter((s) => s.length > 0);
  const segments: string[] = [];
  for (const s of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      return PASS;
    }
    if (decoded === '.' || decoded === '..' || /[\\/\0]/.test(decoded)) return PASS;
    segments.push(decoded);
  }
  if (segments.length > 0 && RESERVED_FIRST_SEGMENTS.includes(segments[0])) return PASS;
  if (segments.some((s) => s.startsWith('.'))) return PASS;
  const last = segments.at(-1);
  if (last === undefined || (segments.length === 1 && last === 'index.html')) return { kind: 'page', cache: 'revalidate' };
  if (!hasExtension(last)) return { kind: 'page', cache: 'revalidate' };
  return { kind: 'file', file: segments.join('/'), cache: segments[0] === HASHED_ASSETS_DIR && segments.length > 1 ? 'immutable' : 'revalidate' };
}

/** `index.js`, `robots.txt`: a dot after the first character and before the last. */
function hasExtension(segment: string): boolean {
  const dot = segment.lastIndexOf('.');
  return dot > 0 && dot < segment.length - 1;
}
