/**
 * Masks a phone number for a document: country code, the first two and the last two digits stay
 * (`+84901234567` → `"+84 90•••••67"`, `0901234567` → `"+84 90•••••67"`). Never returns the full number; anything
 * too short to mask safely is fully masked.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const national = digits.startsWith('84') ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : digits;
  if (national.length < 7) return '+84 •••••••';
  return `+84 ${national.slice(0, 2)}${'•'.repeat(national.length - 4)}${national.slice(-2)}`;
}

/**
 * Masks an account number for a document: only the last four characters stay (`0123456789` → `"••••••6789"`).
 * A value already masked (it holds `•` or `*`) is shown as it is.
 */
export function maskAccount(accountNumber: string): string {
  if (/[•*]/.test(accountNumber)) return accountNumber;
  if (accountNumber.length <= 4) return '•'.repeat(accountNumber.length);
  return `${'•'.repeat(accountNumber.length - 4)}${accountNumber.slice(-4)}`;
}
