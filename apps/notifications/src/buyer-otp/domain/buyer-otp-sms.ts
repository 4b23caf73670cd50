/** The template of the one-time-code SMS (`templates/files/buyer-otp.v1.ts`): SMS only, data `{orderCode, otp, validMinutes}`. */
export const BUYER_OTP_TEMPLATE = 'buyer-otp';

/** What the stored copy of a one-time-code SMS shows instead of the code (the `otp` of the masked rendering). */
export const MASKED_OTP = '******';

/** Why a one-time-code SMS is not sent: its code expired (on arrival, or before a retry came due). */
export const OTP_EXPIRED = 'the one-time code expired';

/**
 * The Vietnamese one-time-code SMS as the walking skeleton pinned it. The `buyer-otp@1` template keeps this wording
 * exactly (the templates' tests compare the two); the SMS itself is rendered from the template.
 */
export function buyerOtpSms(orderCode: string, otp: string, validMinutes: number): string {
  return `TrustCircle: Mã xác thực đơn hàng ${orderCode} của bạn là ${otp}, hiệu lực ${validMinutes} phút. Không chia sẻ mã này.`;
}

/** Whole minutes a code is valid (at least 1), from the event's request and expiry times. */
export function validMinutesOf(requestedAt: string, expiresAt: string): number {
  return Math.max(1, Math.round((Date.parse(expiresAt) - Date.parse(requestedAt)) / 60_000));
}

/** Whether a code expiring at `expiresAt` (ISO) is already unusable at `now` (the expiry instant included). */
export function otpExpired(now: Date, expiresAt: string): boolean {
  return now.getTime() >= Date.parse(expiresAt);
}
