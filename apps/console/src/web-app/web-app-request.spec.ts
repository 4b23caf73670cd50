import { CACHE_CONTROL, webAppRequestOf } from './web-app-request';

describe(webAppRequestOf.name, () => {
  it('answers the app page for the root and every route of the app, query strings ignored', () => {
    for (const url of ['/', '/index.html', '/tra-cuu', '/tra-cuu/', '/tra-cuu/TC-7KQ4-M2XD', '/tra-cuu/TC-7KQ4-M2XD/khieu-nai?x=1', '/tra-c%E1%BB%A9u']) {
      expect([url, webAppRequestOf('GET', url)]).toEqual([url, { kind: 'page', cache: 'revalidate' }]);
    }
    expect(webAppRequestOf('HEAD', '/tra-cuu')).toEqual({ kind: 'page', cache: 'revalidate' });
  });

  it('leaves the APIs, health, metrics and the documentation to the console', () => {
    for (const url of ['/v1', '/v1/unknown', '/v1/public/orders/TC-7KQ4-M2XD', '/health/ready', '/health', '/metrics', '/docs', '/docs/', '/docs/swagger-ui.css', '/docs-json', '/.well-known/jwks.json']) {
      expect([url, webAppRequestOf('GET', url)]).toEqual([url, { kind: 'pass' }]);
    }
  });

  it('serves only GET and HEAD', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) expect(webAppRequestOf(method, '/tra-cuu')).toEqual({ kind: 'pass' });
  });

  it('serves files by path: hashed assets immutable, other files revalidated', () => {
    expect(webAppRequestOf('GET', '/assets/index-B3x9aQ1c.js')).toEqual({ kind: 'file', file: 'assets/index-B3x9aQ1c.js', cache: 'immutable' });
    expect(webAppRequestOf('GET', '/assets/index-B3x9aQ1c.css?v=2')).toEqual({ kind: 'file', file: 'assets/index-B3x9aQ1c.css', cache: 'immutable' });
    expect(webAppRequestOf('GET', '/favicon.svg')).toEqual({ kind: 'file', file: 'favicon.svg', cache: 'revalidate' });
    expect(webAppRequestOf('GET', '/tra-cuu/assets.js')).toEqual({ kind: 'file', file: 'tra-cuu/assets.js', cache: 'revalidate' });
  });

  it('refuses traversal, hidden files, backslashes and malformed escapes (the console answers 404)', () => {
    for (const url of ['/../package.json', '/assets/%2e%2e/secret.js', '/a/..%2f..%2fetc/passwd', '/.env', '/assets/.hidden.js', '/a%5C..%5Cb.js', '/%E0%A4%A.js', '/x%00.js', 'relative.js']) {
      expect([url, webAppRequestOf('GET', url)]).toEqual([url, { kind: 'pass' }]);
    }
  });

  it('names the Cache-Control of each policy', () => {
    expect(CACHE_CONTROL).toEqual({ immutable: 'public, max-age=31536000, immutable', revalidate: 'no-cache' });
  });
});
