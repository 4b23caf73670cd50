import { sampleEvent } from '@trustcircle/contracts';
import { factDetail } from './fact-detail';

describe('the detail the order explorer keeps of an event', () => {
  it('keeps an order’s ids, codes, amounts and times, never the buyer, the seller, the items or the phone', () => {
    const placed = sampleEvent('orders.order-placed');
    const detail = factDetail(placed);
    expect(detail).toEqual({
      code: placed.code,
      marketplaceId: placed.marketplaceId,
      externalId: placed.externalId,
      shippingFee: placed.shippingFee,
      totalAmount: placed.totalAmount,
      currency: 'VND',
      paymentMethod: 'PREPAID',
      inspectionDays: 3,
      shipByDays: 5,
      paymentExpiresAt: placed.paymentExpiresAt,
      placedAt: placed.placedAt,
    });
    const text = JSON.stringify(detail);
    expect(text).not.toContain(placed.buyer.phone);
    expect(text).not.toContain(placed.buyer.name);
    expect(text).not.toContain(placed.seller.name);
  });

  it('leaves out free text: courier notes and locations, mediators’ reasons, alert messages', () => {
    const checkpoint = factDetail(sampleEvent('delivery.shipment-status-changed', { location: 'Số 5 Lý Thường Kiệt, Hà Nội', note: 'Gọi 0901234567 không nghe' }));
    expect(checkpoint).not.toHaveProperty('location');
    expect(checkpoint).not.toHaveProperty('note');
    expect(checkpoint).toMatchObject({ status: expect.any(String), trackingNumber: expect.any(String), late: false });
    const decided = factDetail(sampleEvent('disputes.dispute-decided', { reason: 'Người mua cung cấp ảnh hàng vỡ' }));
    expect(decided).not.toHaveProperty('reason');
    expect(decided).toMatchObject({ outcome: expect.any(String), onTime: expect.any(Boolean) });
    const alert = factDetail(sampleEvent('platform.operator-alert-raised', { message: 'Buyer Nguyễn Văn A called' }));
    expect(alert).not.toHaveProperty('message');
    expect(alert).toMatchObject({ severity: expect.any(String), code: expect.any(String) });
  });

  it('keeps a notification’s masked recipient and template, and masks a phone wherever one is left', () => {
    const sent = factDetail(sampleEvent('notifications.notification-sent', { recipientMasked: '+8490***4567' }));
    expect(sent).toMatchObject({ recipientMasked: '+8490***4567', template: expect.any(String), channel: expect.any(String) });
    expect(factDetail({ externalId: '0901234567' })).toEqual({ externalId: '090****567' });
  });
});
