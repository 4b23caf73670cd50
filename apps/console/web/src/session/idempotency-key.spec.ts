import { IdempotencyKeys, newIdempotencyKey } from './idempotency-key';

describe(newIdempotencyKey.name, () => {
  it('is a UUID v4 from the random bytes', () => {
    expect(newIdempotencyKey((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});

describe(IdempotencyKeys.name, () => {
  it('reuses the key for the same body and takes a new one when the body changes', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `k${++n}`);
    expect(keys.keyFor({ reason: 'DAMAGED', evidence: ['f-1'] })).toBe('k1');
    expect(keys.keyFor({ reason: 'DAMAGED', evidence: ['f-1'] })).toBe('k1');
    expect(keys.keyFor({ reason: 'DAMAGED', evidence: ['f-1', 'f-2'] })).toBe('k2');
    expect(keys.keyFor({ reason: 'DAMAGED', evidence: ['f-1'] })).toBe('k3');
  });
});
