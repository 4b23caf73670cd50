import { derivePhoneSearchKey, maskedPhone, normaliseVnPhone, phoneDigest } from './buyer-phone';

const KEY_A = Buffer.alloc(32, 1).toString('base64');
const KEY_B = Buffer.alloc(32, 2).toString('base64');

describe('buyer phones in the read model', () => {
  it('normalises the ways operators type a Vietnamese number to E.164, and refuses the rest', () => {
    for (const typed of ['0901234567', '090 123 4567', '090-123-4567', '+84901234567', '84901234567', ' +84 90 123 4567 ']) {
      expect(normaliseVnPhone(typed)).toBe('+84901234567');
    }
    for (const other of ['TC-7KQ4-M2XD', 'SHOP-1', '12345', '+14155550123', '']) expect(normaliseVnPhone(other)).toBeUndefined();
  });

  it('digests a phone with a key derived from the platform key: stable, and different under another key', () => {
    const key = derivePhoneSearchKey(KEY_A);
    const digest = phoneDigest(key, '+84901234567');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(phoneDigest(derivePhoneSearchKey(KEY_A), '+84901234567')).toBe(digest);
    expect(phoneDigest(derivePhoneSearchKey(KEY_B), '+84901234567')).not.toBe(digest);
    expect(phoneDigest(key, '+84901234568')).not.toBe(digest);
    expect(key.equals(Buffer.from(KEY_A, 'base64'))).toBe(false);
  });

  it('masks all but the prefix, two digits and the last three', () => {
    expect(maskedPhone('+84901234567')).toBe('+8490****567');
  });
});
