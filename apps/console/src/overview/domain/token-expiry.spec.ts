import { bearerTokenExpiry, MAX_TIMER_MS, streamLifetimeMs } from './token-expiry';

const jwt = (claims: object) => `eyJhbGciOiJFZERTQSJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('a stream’s lifetime', () => {
  it('ends when the operator’s token expires', () => {
    const expiry = bearerTokenExpiry(`Bearer ${jwt({ sub: 'op', exp: 1_800_000_600 })}`);
    expect(expiry).toEqual(new Date(1_800_000_600_000));
    expect(streamLifetimeMs(expiry, new Date(1_800_000_000_000))).toBe(600_000);
    expect(streamLifetimeMs(expiry, new Date(1_800_000_700_000))).toBe(0);
  });

  it('has no expiry to follow without a readable exp, and never asks a timer for more than it takes', () => {
    expect(bearerTokenExpiry(undefined)).toBeNull();
    expect(bearerTokenExpiry('Bearer not-a-jwt')).toBeNull();
    expect(bearerTokenExpiry(`Bearer ${jwt({ sub: 'op' })}`)).toBeNull();
    expect(streamLifetimeMs(null, new Date())).toBe(MAX_TIMER_MS);
    expect(streamLifetimeMs(new Date(Date.now() + 90 * 86_400_000), new Date())).toBe(MAX_TIMER_MS);
  });
});
