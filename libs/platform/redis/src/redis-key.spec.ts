import { hashKeyPart, redisKey, redisKeyPrefix } from './redis-key';
import { RedisKeys } from './redis-keys';

describe(redisKey.name, () => {
  it('prefixes every key with tc:{service}:', () => {
    expect(redisKey('orders', 'idem', 'mkp-1', 42)).toBe('tc:orders:idem:mkp-1:42');
    expect(redisKeyPrefix('delivery-tracking')).toBe('tc:delivery-tracking:');
  });

  it.each(['', 'Orders', 'orders:x', 'or ders', '1orders'])('refuses the service name %j', (service) => {
    expect(() => redisKey(service, 'x')).toThrow(/Invalid Redis key service/);
  });

  it('refuses empty parts, parts with whitespace, and keys without parts', () => {
    expect(() => redisKey('orders', '')).toThrow(/Invalid Redis key part/);
    expect(() => redisKey('orders', 'a b')).toThrow(/Invalid Redis key part/);
    expect(() => redisKey('orders')).toThrow(/at least one part/);
  });
});

describe(hashKeyPart.name, () => {
  it('is stable, fixed-length, and does not contain the value', () => {
    const hashed = hashKeyPart('+84901234567');
    expect(hashed).toBe(hashKeyPart('+84901234567'));
    expect(hashed).toMatch(/^[0-9a-f]{32}$/);
    expect(hashed).not.toContain('901234567');
    expect(hashKeyPart('+84901234568')).not.toBe(hashed);
  });
});

describe(RedisKeys.name, () => {
  it('builds keys bound to its service', () => {
    const keys = new RedisKeys('escrow');
    expect(keys.prefix).toBe('tc:escrow:');
    expect(keys.key('hold', 'h-1')).toBe('tc:escrow:hold:h-1');
    expect(keys.key('otp', keys.hashed('0901234567'))).toMatch(/^tc:escrow:otp:[0-9a-f]{32}$/);
  });
});
