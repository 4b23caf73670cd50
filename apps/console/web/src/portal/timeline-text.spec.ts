import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { detailReader, factText, statusText } from './timeline-text';

describe(factText.name, () => {
  it('tells each step in plain Vietnamese with amounts and Vietnam times', () => {
    expect(factText({ fact: 'ESCROW_FUNDED', detail: { heldAmount: 1_235_000, source: 'PAYMENT' } }, vi)).toBe(
      'TrustCircle đang giữ an toàn 1.235.000 ₫ cho đến khi bạn nhận được hàng.',
    );
    expect(factText({ fact: 'INSPECTION_STARTED', detail: { shipmentId: 's', endsAt: '2026-12-02T14:30:00.000Z' } }, vi)).toBe(
      'Bắt đầu thời gian kiểm tra hàng, đến 21:30 02/12/2026.',
    );
    expect(factText({ fact: 'ESCROW_OPENED', detail: { paymentMethod: 'COD', expectedAmount: 1_235_000 } }, vi)).toBe(
      'Đơn hàng được ghi nhận: thanh toán khi nhận hàng 1.235.000 ₫.',
    );
    expect(factText({ fact: 'DISPUTE_OPENED', detail: { disputeId: 'd', reason: 'DAMAGED' } }, vi)).toBe('Bạn đã gửi khiếu nại: hàng bị hư hỏng.');
    expect(factText({ fact: 'DISPUTE_DECIDED', detail: { disputeId: 'd', outcome: 'RELEASE_TO_SELLER', amount: null } }, vi)).toBe(
      'Hòa giải viên đã quyết định: chuyển tiền cho người bán.',
    );
    expect(factText({ fact: 'SHIPMENT_CHECKPOINT', detail: { direction: 'OUTBOUND', status: 'OUT_FOR_DELIVERY', late: true } }, vi)).toBe(
      'Vận chuyển: đang giao đến bạn (trễ hẹn).',
    );
    expect(factText({ fact: 'MERCHANT_RESPONDED', detail: { action: 'OFFER_PARTIAL', amount: 300_000 } }, vi)).toBe('Người bán đề nghị hoàn 300.000 ₫.');
  });

  it('tells the same in English', () => {
    expect(factText({ fact: 'REFUNDED_PARTIAL', detail: { amount: 300_000 } }, en)).toBe('You were refunded in part: 300.000 ₫.');
    expect(factText({ fact: 'OFFER_DECLINED', detail: { declinedBy: 'DEADLINE' } }, en)).toBe('The time to answer the seller’s offer ran out.');
  });

  it('names an unknown step rather than hiding it, and shows missing amounts as a dash', () => {
    expect(factText({ fact: 'SOMETHING_NEW', detail: {} }, vi)).toBe('Cập nhật: SOMETHING_NEW.');
    expect(factText({ fact: 'ESCROW_RELEASED', detail: {} }, vi)).toBe('Đã chuyển — cho người bán.');
  });
});

describe(detailReader.name, () => {
  it('reads amounts given as numbers or digit strings, and flags only when true', () => {
    const d = detailReader({ a: 35_000, b: '1235000', c: 'x', late: 'true', on: true });
    expect([d.vnd('a'), d.vnd('b'), d.vnd('c'), d.vnd('missing')]).toEqual(['35.000 ₫', '1.235.000 ₫', '—', '—']);
    expect([d.flag('late'), d.flag('on'), d.num('a'), d.num('b'), d.str('missing')]).toEqual([false, true, 35_000, null, '']);
  });
});

describe(statusText.name, () => {
  it('explains every order status in plain words, and an unknown one by name', () => {
    for (const s of ['PLACED', 'FUNDED', 'PICKED_UP', 'DELIVERED', 'INSPECTION_ENDED', 'DISPUTED', 'RESOLVED', 'RELEASED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'EXPIRED', 'CANCELLED', 'RETURNED']) {
      expect(vi.order.statuses[s]?.title).toBeTruthy();
      expect(en.order.statuses[s]?.title).toBeTruthy();
    }
    expect(statusText('DELIVERED', vi).title).toBe('Đã giao hàng, đang trong thời gian kiểm tra');
    expect(statusText('NEW_STATUS', vi)).toEqual({ title: 'NEW_STATUS', explanation: 'Trạng thái đơn hàng đã thay đổi.' });
  });
});
