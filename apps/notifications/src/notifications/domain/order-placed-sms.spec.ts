import { sampleEvent } from '@trustcircle/contracts';
import { orderPlacedSms } from './order-placed-sms';

describe(orderPlacedSms.name, () => {
  const order = { ...sampleEvent('orders.order-placed'), code: 'TC-7KQ4-M2XD', totalAmount: 1_235_000, paymentReference: 'TC7KQ4M2XD' };

  it('tells a PREPAID buyer what to pay, with which reference, by when (local time)', () => {
    const sms = orderPlacedSms({ ...order, paymentMethod: 'PREPAID', paymentExpiresAt: '2026-11-29T14:30:00.000Z' }, 'https://trustcircle.vn/');
    expect(sms).toBe(
      'TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt. Vui lòng thanh toán 1.235.000 ₫ (mã TC7KQ4M2XD) trước 21:30 29/11/2026. Tra cứu: https://trustcircle.vn/tra-cuu',
    );
  });

  it('tells a COD buyer to pay on delivery', () => {
    const sms = orderPlacedSms({ ...order, paymentMethod: 'COD', paymentExpiresAt: null }, 'http://localhost:3000');
    expect(sms).toBe('TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt, thanh toán 1.235.000 ₫ khi nhận hàng. Tra cứu: http://localhost:3000/tra-cuu');
  });
});
