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
 * An E.164 phone with the middle digits hidden, keeping `+84`, the first two and the last three national digits
 * (the platform's log masking): `+84901234567` → `+8490****567`.
 */
export function maskE164Phone(phone: string): string {
  const match = /^\+(\d{2})(\d+)$/.exec(phone);
  if (!match || match[2].length < 6) return '*'.repeat(Math.max(phone.length, 4));
  const national = match[2];
  return `+${match[1]}${national.slice(0, 2)}${'*'.repeat(national.length - 5)}${national.slice(-3)}`;
}
