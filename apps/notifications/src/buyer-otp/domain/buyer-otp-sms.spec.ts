import { buyerOtpSms, maskedBuyerOtpSms, validMinutesOf } from './buyer-otp-sms';

describe('the one-time-code SMS', () => {
  it('is pinned, in Vietnamese', () => {
    expect(buyerOtpSms('TC-7KQ4-M2XD', '049381', 5)).toBe('TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là 049381, hiệu lực 5 phút. Không chia sẻ mã này.');
  });

  it('is stored with the code masked', () => {
    expect(maskedBuyerOtpSms('TC-7KQ4-M2XD', 5)).toBe('TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là ******, hiệu lực 5 phút. Không chia sẻ mã này.');
  });

  it('states the validity from the event times', () => {
    expect(validMinutesOf('2026-11-29T14:30:00.000Z', '2026-11-29T14:35:00.000Z')).toBe(5);
    expect(validMinutesOf('2026-11-29T14:30:00.000Z', '2026-11-29T14:30:10.000Z')).toBe(1);
  });
});
