/**
 * The buyer-access limits, in one place (documented in the notes and the OpenAPI descriptions).
 *
 * - A one-time code is 6 digits, valid {@link OTP_TTL_SECONDS} seconds, {@link OTP_MAX_TRIES} tries: each try,
 *   right or wrong, uses one, and the code is gone after the last or on expiry. A new request replaces the code.
 * - `POST /v1/public/otp`: {@link OTP_LIMIT_PER_PHONE} per phone per 15 minutes (the phone is hashed before it
 *   reaches Redis), {@link OTP_LIMIT_PER_IP} per IP per hour. Fail closed when Redis is down (503).
 * - `POST /v1/public/sessions`: {@link SESSION_LIMIT_PER_PHONE} per phone per 15 minutes and
 *   {@link SESSION_LIMIT_PER_IP} per IP per hour, on top of the tries of each code.
 * - A buyer token lives {@link BUYER_TOKEN_TTL_SECONDS} seconds (30 minutes) and opens one order.
 */
export const OTP_DIGITS = 6;
export const OTP_TTL_SECONDS = 300;
export const OTP_MAX_TRIES = 5;

export const OTP_LIMIT_PER_PHONE = { limit: 3, windowSeconds: 15 * 60 } as const;
export const OTP_LIMIT_PER_IP = { limit: 20, windowSeconds: 60 * 60 } as const;
export const SESSION_LIMIT_PER_PHONE = { limit: 10, windowSeconds: 15 * 60 } as const;
export const SESSION_LIMIT_PER_IP = { limit: 60, windowSeconds: 60 * 60 } as const;

export const BUYER_TOKEN_TTL_SECONDS = 30 * 60;
