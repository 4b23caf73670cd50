import { maskPhone } from '@trustcircle/observability';

const EMAIL = /^([^@\s]+)@([^@\s]+)$/;

/**
 * What logs and audit listings may show of a recipient (personal data):
 * - a phone: the middle digits hidden, as the logs mask them: `+84901234567` → `+8490****567`;
 * - an email: the first letter of the local part, then `***`: `hoa.nguyen@example.com` → `h***@example.com`;
 * - a URL (webhook endpoint): its origin only, since paths and queries may carry tokens: `https://shop.vn/…`;
 * - anything else: hidden entirely.
 */
export function maskRecipient(to: string): string {
  const email = EMAIL.exec(to);
  if (email) return `${[...email[1]][0]}***@${email[2]}`;
  if (/^https?:\/\//i.test(to)) {
    try {
      return `${new URL(to).origin}/…`;
    } catch {
      return '***';
    }
  }
  const masked = maskPhone(to);
  return masked === to ? '*'.repeat(Math.min(Math.max(to.length, 4), 16)) : masked;
}
