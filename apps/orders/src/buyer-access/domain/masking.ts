import { maskPhone } from '@trustcircle/observability';

/**
 * A person's name with all but the first letter of each word hidden: `Nguyễn Văn An` → `N***** V** A*`. Works
 * on Unicode code points (Vietnamese letters are one each in NFC).
 */
export function maskName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((word) => {
      const letters = [...word];
      return letters[0] + '*'.repeat(letters.length - 1);
    })
    .join(' ');
}

/**
 * An E.164 phone with the middle digits hidden, as the logs mask it (`maskPhone`): `+84901234567` →
 * `+8490****567`. Anything that is not a Vietnamese number is hidden entirely.
 */
export function maskE164Phone(phone: string): string {
  const masked = maskPhone(phone);
  return masked === phone ? '*'.repeat(Math.max(phone.length, 4)) : masked;
}
