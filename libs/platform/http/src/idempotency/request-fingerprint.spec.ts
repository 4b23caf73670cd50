import { requestFingerprint } from './request-fingerprint';

describe(requestFingerprint.name, () => {
  it('is the same for the same method, route and body in any key order', () => {
    expect(requestFingerprint('post', '/v1/orders', { a: 1, b: 2 })).toBe(requestFingerprint('POST', '/v1/orders', { b: 2, a: 1 }));
  });

  it('differs when the body, the route or the method differ', () => {
    const base = requestFingerprint('POST', '/v1/orders', { a: 1 });
    expect(requestFingerprint('POST', '/v1/orders', { a: 2 })).not.toBe(base);
    expect(requestFingerprint('POST', '/v1/refunds', { a: 1 })).not.toBe(base);
    expect(requestFingerprint('PUT', '/v1/orders', { a: 1 })).not.toBe(base);
  });
});
