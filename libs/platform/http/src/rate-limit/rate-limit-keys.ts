import type { RequestWithPrincipal } from '../principal/principal';

/** Ready-made {@link RateLimitRule.key} functions. */
export const RateLimitKeys = {
  /** The peer IP address (`trust proxy` is off, so it cannot be forged with X-Forwarded-For). */
  ip: (req: RequestWithPrincipal): string | undefined => req.ip ?? req.socket.remoteAddress,

  /** The authenticated caller (`kind:id`, e.g. an API key owner), or undefined when anonymous. */
  principal: (req: RequestWithPrincipal): string | undefined =>
    req.principal ? `${req.principal.kind}:${req.principal.id}` : undefined,

  /** The caller's partner (tenant), or undefined. */
  partner: (req: RequestWithPrincipal): string | undefined => req.principal?.partnerId,

  /**
   * A Vietnamese phone number from a body field, normalised (`0901234567`, `+84 90 123 4567` and `84901234567` are
   * one subject), or undefined when the field is missing. Hashed before it reaches Redis.
   */
  phoneInBody:
    (field: string) =>
    (req: RequestWithPrincipal): string | undefined => {
      const body: unknown = req.body;
      const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
      return typeof value === 'string' && value.length > 0 ? normalizeVietnamesePhone(value) : undefined;
    },
} as const;

/** Digits of a Vietnamese number in the `84…` form; other text is returned trimmed and lowercased. */
export function normalizeVietnamesePhone(value: string): string {
  const digits = value.replace(/[\s().-]/g, '');
  if (/^\+84\d+$/.test(digits)) return digits.slice(1);
  if (/^0084\d+$/.test(digits)) return digits.slice(2);
  if (/^0\d+$/.test(digits)) return `84${digits.slice(1)}`;
  if (/^84\d+$/.test(digits)) return digits;
  return value.trim().toLowerCase();
}
