/** What the stored copy of a one-time-code SMS shows instead of the code. */
export const MASKED_OTP = '******';

/**
 * The buyer's one-time-code SMS (Vietnamese). A CRITICAL message: sent at once, never held for quiet hours,
 * digests or batching. The code appears in clear only in the SMS itself; every stored copy uses
 * {@link maskedBuyerOtpSms}.
 */
export function buyerOtpSms(orderCode: string, otp: string, validMinutes: number): string {
  return `TrustCircle: Mã xác thực đơn hàng ${orderCode} của bạn là ${otp}, hiệu lực ${validMinutes} phút. Không chia sẻ mã này.`;
}

/** {@link buyerOtpSms} with the code masked: what the notifications table keeps. */
export function maskedBuyerOtpSms(orderCode: string, validMinutes: number): string {
  return buyerOtpSms(orderCode, MASKED_OTP, validMinutes);
}

/** Whole minutes a code is valid (at least 1), from the event's request and expiry times. */
export function validMinutesOf(requestedAt: string, expiresAt: string): number {
  return Math.max(1, Math.round((Date.parse(expiresAt) - Date.parse(requestedAt)) / 60_000));
}
