import { hash } from '@node-rs/argon2';
import { PasswordHasher } from './password-hasher';

describe(PasswordHasher.name, () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id, m=19 MiB, t=2, p=1, salted, and verifies only the right password', async () => {
    const h = await hasher.hash('k7dmx-p2qrs-9vwtz-a3bce-h4jkn');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.hash('k7dmx-p2qrs-9vwtz-a3bce-h4jkn')).not.toBe(h);
    expect(await hasher.verify(h, 'k7dmx-p2qrs-9vwtz-a3bce-h4jkn')).toBe(true);
    expect(await hasher.verify(h, 'k7dmx-p2qrs-9vwtz-a3bce-h4jkm')).toBe(false);
    expect(hasher.needsRehash(h)).toBe(false);
  });

  it('answers false without a hash (after verifying a decoy), and for a malformed hash', async () => {
    expect(await hasher.verify(null, 'anything')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
  });

  it('treats the same password in composed and decomposed Unicode as one', async () => {
    const h = await hasher.hash('mật khẩu'.normalize('NFD'));
    expect(await hasher.verify(h, 'mật khẩu'.normalize('NFC'))).toBe(true);
  });

  it('asks for a rehash of a hash made with weaker parameters', async () => {
    expect(hasher.needsRehash(await hash('x', { memoryCost: 4096, timeCost: 1, parallelism: 1 }))).toBe(true);
  });
});
