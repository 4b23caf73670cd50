import { buyerOtpSms, MASKED_OTP, otpExpired, validMinutesOf } from './buyer-otp-sms';

describe('the one-time-code SMS', () => {
  it('is pinned, in Vietnamese', () => {
    expect(buyerOtpSms('TC-7KQ4-M2XD', '049381', 5)).toBe('TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là 049381, hiệu lực 5 phút. Không chia sẻ mã này.');
  });

  it('is stored with the code masked by six stars, as long as a code', () => {
    expect(buyerOtpSms('TC-7KQ4-M2XD', MASKED_OTP, 5)).toBe('TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là ******, hiệu lực 5 phút. Không chia sẻ mã này.');
    expect(MASKED_OTP).toHaveLength(6);
  });

  it('states the validity from the event times', () => {
    expect(validMinutesOf('2026-11-29T14:30:00.000Z', '2026-11-29T14:35:00.000Z')).toBe(5);
    expect(validMinutesOf('2026-11-29T14:30:00.000Z', '2026-11-29T14:30:10.000Z')).toBe(1);
  });

  it('is expired from its expiry instant on', () => {
    const expiresAt = '2026-11-29T14:35:00.000Z';
    expect(otpExpired(new Date('2026-11-29T14:34:59.999Z'), expiresAt)).toBe(false);
    expect(otpExpired(new Date('2026-11-29T14:35:00.000Z'), expiresAt)).toBe(true);
  });
});
