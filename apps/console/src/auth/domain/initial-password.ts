import { randomInt } from 'node:crypto';

/** No 0/o, 1/l: read from a screen and typed once into a password manager. 32 symbols: 5 bits each. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A password for an operator's enrolment, shown once: five groups of five (`k7dmx-…`), 125 bits of entropy from
 * the CSPRNG: nothing to guess, so it needs no "change at first sign-in".
 */
export function generateInitialPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 5; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
