import type { RequestWithPrincipal } from '../principal/principal';
import { defaultTenantOf } from '../principal/principal';
import { normalizeVietnamesePhone, RateLimitKeys } from './rate-limit-keys';

const req = (extra: Partial<RequestWithPrincipal>): RequestWithPrincipal => extra as RequestWithPrincipal;

describe(normalizeVietnamesePhone.name, () => {
  it.each(['0901234567', '+84901234567', '+84 90 123 4567', '84901234567', '0084901234567', '090-123-4567', '(+84) 901.234.567'])(
    'normalises %s to 84901234567',
    (input) => {
      expect(normalizeVietnamesePhone(input)).toBe('84901234567');
    },
  );

  it('keeps anything else, trimmed and lowercased', () => {
    expect(normalizeVietnamesePhone(' Abc ')).toBe('abc');
  });
});

describe('RateLimitKeys', () => {
  it('reads the principal, partner and a phone in the body', () => {
    const principal = { kind: 'marketplace' as const, id: 'k1', partnerId: 'mkp-1' };
    expect(RateLimitKeys.principal(req({ principal }))).toBe('marketplace:k1');
    expect(RateLimitKeys.partner(req({ principal }))).toBe('mkp-1');
    expect(RateLimitKeys.principal(req({}))).toBeUndefined();
    expect(RateLimitKeys.phoneInBody('phone')(req({ body: { phone: '0901234567' } }))).toBe('84901234567');
    expect(RateLimitKeys.phoneInBody('phone')(req({ body: { phone: 5 } }))).toBeUndefined();
    expect(RateLimitKeys.phoneInBody('phone')(req({ body: undefined }))).toBeUndefined();
  });
});

describe(defaultTenantOf.name, () => {
  it('scopes by partner, else by the principal itself, else anonymous', () => {
    expect(defaultTenantOf(req({ principal: { kind: 'marketplace', id: 'k1', partnerId: 'mkp-1' } }))).toBe('mkp-1');
    expect(defaultTenantOf(req({ principal: { kind: 'buyer', id: 'u1' } }))).toBe('buyer:u1');
    expect(defaultTenantOf(req({}))).toBe('anonymous');
  });
});
