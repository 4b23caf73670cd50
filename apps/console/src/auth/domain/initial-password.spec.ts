import { generateInitialPassword } from './initial-password';

describe(generateInitialPassword.name, () => {
  it('is five groups of five unambiguous characters, different each time', () => {
    const passwords = Array.from({ length: 200 }, generateInitialPassword);
    for (const p of passwords) expect(p).toMatch(/^[a-km-np-z2-9]{5}(-[a-km-np-z2-9]{5}){4}$/);
    expect(new Set(passwords).size).toBe(200);
    // Every symbol of the 32 appears: the draw covers the alphabet (5 bits per character, 125 bits in all).
    expect(new Set(passwords.join('').replace(/-/g, '')).size).toBe(32);
  });
});
