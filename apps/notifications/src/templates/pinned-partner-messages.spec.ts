import { HandlebarsTemplateRenderer } from './handlebars-template-renderer';
import type { TemplateLocale } from './template-renderer';
import { emailHtml, emailText } from './testing/pinned-email';

/** The seller/marketplace emails and the operators' alert, pinned in full in Vietnamese and English. */
const renderer = new HandlebarsTemplateRenderer();
const DISPUTE = 'd0c5c7e2-3f7a-4f51-9a39-5d0f2b7c1e11';
const REASON = 'Ảnh chụp cho thấy hộp bị móp khi giao.';
const ORDER_ID = '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const ALERT_ID = '7b1e0f0a-9c1d-4e55-8a57-0d2f3c4b5a69';

type PinnedEmail = Record<TemplateLocale, { subject: string; paragraphs: string[] }>;

const emails: Array<[string, Record<string, unknown>, PinnedEmail]> = [
  [
    'marketplace-dispute-opened',
    { orderCode: 'TC-7KQ4-M2XD', disputeId: DISPUTE, reason: 'DAMAGED', requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 500_000, merchantResponseDueAt: '2026-12-01T14:30:00.000Z' },
    {
      vi: {
        subject: 'Khiếu nại mới cho đơn hàng TC-7KQ4-M2XD: trả lời trước 21:30 01/12/2026',
        paragraphs: [
          'Kính gửi Quý đối tác,',
          `Người mua đã khiếu nại đơn hàng TC-7KQ4-M2XD (mã khiếu nại ${DISPUTE}).\nLý do: Hàng bị hư hỏng.\nYêu cầu: Hoàn một phần, 500.000 ₫.`,
          'Vui lòng trả lời thay người bán (chấp nhận, từ chối kèm bằng chứng, hoặc đề nghị hoàn một phần) trước 21:30 01/12/2026 (giờ Việt Nam). Nếu không trả lời đúng hạn, khiếu nại được giải quyết theo yêu cầu của người mua.',
        ],
      },
      en: {
        subject: 'New complaint about order TC-7KQ4-M2XD: answer by 21:30 01/12/2026',
        paragraphs: [
          'Dear partner,',
          `The buyer filed a complaint about order TC-7KQ4-M2XD (complaint ${DISPUTE}).\nReason: Damaged.\nRequest: Partial refund of 500.000 ₫.`,
          "Please answer on the seller's behalf (accept, reject with evidence, or offer a partial refund) by 21:30 01/12/2026 (Vietnam time). Without an answer in time, the complaint is settled as the buyer asked.",
        ],
      },
    },
  ],
  [
    'marketplace-dispute-deadline',
    { orderCode: 'TC-7KQ4-M2XD', disputeId: DISPUTE, dueAt: '2026-12-01T14:30:00.000Z' },
    {
      vi: {
        subject: 'Nhắc hạn: trả lời khiếu nại đơn hàng TC-7KQ4-M2XD trước 21:30 01/12/2026',
        paragraphs: [
          'Kính gửi Quý đối tác,',
          `Khiếu nại về đơn hàng TC-7KQ4-M2XD (mã khiếu nại ${DISPUTE}) chưa được trả lời. Hạn trả lời là 21:30 01/12/2026 (giờ Việt Nam). Nếu không trả lời đúng hạn, khiếu nại được giải quyết theo yêu cầu của người mua.`,
        ],
      },
      en: {
        subject: 'Reminder: answer the complaint about order TC-7KQ4-M2XD by 21:30 01/12/2026',
        paragraphs: [
          'Dear partner,',
          `The complaint about order TC-7KQ4-M2XD (complaint ${DISPUTE}) has not been answered yet. The deadline is 21:30 01/12/2026 (Vietnam time). Without an answer in time, the complaint is settled as the buyer asked.`,
        ],
      },
    },
  ],
  [
    'marketplace-dispute-decided',
    { orderCode: 'TC-7KQ4-M2XD', disputeId: DISPUTE, outcome: 'REFUND_PARTIAL', amount: 500_000, reason: REASON },
    {
      vi: {
        subject: 'Quyết định hòa giải cho đơn hàng TC-7KQ4-M2XD',
        paragraphs: [
          'Kính gửi Quý đối tác,',
          `Hòa giải viên đã quyết định khiếu nại về đơn hàng TC-7KQ4-M2XD (mã khiếu nại ${DISPUTE}): hoàn 500.000 ₫ cho người mua, phần còn lại chuyển cho người bán.`,
          `Lý do: ${REASON}`,
          'Quyết định là cuối cùng trên TrustCircle; tiền được xử lý theo quyết định này.',
        ],
      },
      en: {
        subject: 'Mediation decision for order TC-7KQ4-M2XD',
        paragraphs: [
          'Dear partner,',
          `The mediator decided the complaint about order TC-7KQ4-M2XD (complaint ${DISPUTE}): a refund of 500.000 ₫ to the buyer, the rest to the seller.`,
          `Reasons: ${REASON}`,
          'The decision is final on TrustCircle; the money is handled accordingly.',
        ],
      },
    },
  ],
  [
    'marketplace-released',
    { orderCode: 'TC-7KQ4-M2XD', amount: 1_235_000n, feeAmount: 24_700n, sellerAmount: 1_210_300n },
    {
      vi: {
        subject: 'Đơn hàng TC-7KQ4-M2XD: tiền đã được giải ngân cho người bán',
        paragraphs: [
          'Kính gửi Quý đối tác,',
          'Tiền của đơn hàng TC-7KQ4-M2XD đã được giải ngân: 1.235.000 ₫, trong đó phí nền tảng 24.700 ₫ và người bán nhận 1.210.300 ₫. Lệnh chi trả đã được gửi tới đối tác thanh toán.',
        ],
      },
      en: {
        subject: 'Order TC-7KQ4-M2XD: money released to the seller',
        paragraphs: [
          'Dear partner,',
          'The money of order TC-7KQ4-M2XD was released: 1.235.000 ₫, of which 24.700 ₫ platform fee and 1.210.300 ₫ for the seller. A payout instruction went to the payment partner.',
        ],
      },
    },
  ],
  [
    'marketplace-paid-out',
    { orderCode: 'TC-7KQ4-M2XD', amount: 1_210_300, partnerReference: 'FT26335ABC12', paidOutAt: '2026-12-04T03:15:00.000Z' },
    {
      vi: {
        subject: 'Đơn hàng TC-7KQ4-M2XD: đã chi trả cho người bán',
        paragraphs: [
          'Kính gửi Quý đối tác,',
          'Đối tác thanh toán đã chi trả 1.210.300 ₫ cho người bán của đơn hàng TC-7KQ4-M2XD lúc 10:15 04/12/2026 (giờ Việt Nam), mã giao dịch FT26335ABC12. Giao dịch ký quỹ của đơn hàng đã đóng.',
        ],
      },
      en: {
        subject: 'Order TC-7KQ4-M2XD: seller paid out',
        paragraphs: [
          'Dear partner,',
          "The payment partner paid 1.210.300 ₫ to the seller of order TC-7KQ4-M2XD at 10:15 04/12/2026 (Vietnam time), transfer reference FT26335ABC12. The order's escrow is closed.",
        ],
      },
    },
  ],
  [
    'operator-alert',
    { alertId: ALERT_ID, severity: 'CRITICAL', code: 'FUNDING_MISMATCH', message: 'Payment amount differs from the order total; see the escrow console.', service: 'escrow', orderId: ORDER_ID, raisedAt: '2026-11-30T17:00:00.000Z' },
    {
      vi: {
        subject: '[CRITICAL] FUNDING_MISMATCH (escrow)',
        paragraphs: [
          'Cảnh báo vận hành TrustCircle.',
          `Mức độ: CRITICAL\nMã: FUNDING_MISMATCH\nDịch vụ: escrow\nThời điểm: 00:00 01/12/2026 (giờ Việt Nam)\nĐơn hàng: ${ORDER_ID}\nMã cảnh báo: ${ALERT_ID}`,
          'Payment amount differs from the order total; see the escrow console.',
        ],
      },
      en: {
        subject: '[CRITICAL] FUNDING_MISMATCH (escrow)',
        paragraphs: [
          'TrustCircle operations alert.',
          `Severity: CRITICAL\nCode: FUNDING_MISMATCH\nService: escrow\nRaised at: 00:00 01/12/2026 (Vietnam time)\nOrder: ${ORDER_ID}\nAlert id: ${ALERT_ID}`,
          'Payment amount differs from the order total; see the escrow console.',
        ],
      },
    },
  ],
  [
    'operator-alert',
    { alertId: ALERT_ID, severity: 'WARNING', code: 'DEAD_LETTER_GROWTH', message: 'deadletter.orders.v1 grew by 120 in 10 minutes', service: 'orders', orderId: null, raisedAt: '2026-11-30T16:59:00.000Z' },
    {
      vi: {
        subject: '[WARNING] DEAD_LETTER_GROWTH (orders)',
        paragraphs: [
          'Cảnh báo vận hành TrustCircle.',
          `Mức độ: WARNING\nMã: DEAD_LETTER_GROWTH\nDịch vụ: orders\nThời điểm: 23:59 30/11/2026 (giờ Việt Nam)\nĐơn hàng: không có\nMã cảnh báo: ${ALERT_ID}`,
          'deadletter.orders.v1 grew by 120 in 10 minutes',
        ],
      },
      en: {
        subject: '[WARNING] DEAD_LETTER_GROWTH (orders)',
        paragraphs: [
          'TrustCircle operations alert.',
          `Severity: WARNING\nCode: DEAD_LETTER_GROWTH\nService: orders\nRaised at: 23:59 30/11/2026 (Vietnam time)\nOrder: none\nAlert id: ${ALERT_ID}`,
          'deadletter.orders.v1 grew by 120 in 10 minutes',
        ],
      },
    },
  ],
];

describe.each(emails)('%s email', (id, data, pinned) => {
  it.each(['vi', 'en'] as const)('in %s: subject, text part, HTML part', (locale) => {
    const { subject, paragraphs } = pinned[locale];
    expect(renderer.render(id, 'EMAIL', locale, data)).toEqual({ template: `${id}@1`, subject, text: emailText(locale, paragraphs), html: emailHtml(locale, subject, paragraphs) });
  });
});

describe('marketplace emails', () => {
  const opened = { orderCode: 'TC-7KQ4-M2XD', disputeId: DISPUTE, requestedOutcome: 'REFUND_FULL', requestedAmount: null, merchantResponseDueAt: '2026-12-01T14:30:00.000Z' };
  const line = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));

  it.each<[string, string, string]>([
    ['NOT_RECEIVED', 'Lý do: Không nhận được hàng.', 'Reason: Not received.'],
    ['DAMAGED', 'Lý do: Hàng bị hư hỏng.', 'Reason: Damaged.'],
    ['NOT_AS_DESCRIBED', 'Lý do: Hàng không đúng mô tả.', 'Reason: Not as described.'],
    ['COUNTERFEIT', 'Lý do: Hàng giả.', 'Reason: Counterfeit.'],
    ['WRONG_ITEM', 'Lý do: Giao sai hàng.', 'Reason: Wrong item.'],
    ['MISSING_PARTS', 'Lý do: Thiếu bộ phận hoặc phụ kiện.', 'Reason: Missing parts.'],
    ['OTHER', 'Lý do: Lý do khác.', 'Reason: Other.'],
  ])('name the complaint reason %s', (reason, vi, en) => {
    expect(line(renderer.render('marketplace-dispute-opened', 'EMAIL', 'vi', { ...opened, reason }).text, 'Lý do:')).toBe(vi);
    expect(line(renderer.render('marketplace-dispute-opened', 'EMAIL', 'en', { ...opened, reason }).text, 'Reason:')).toBe(en);
  });

  it.each<[string, number | null, string, string]>([
    ['REFUND_FULL', null, 'Yêu cầu: Hoàn toàn bộ tiền.', 'Request: Full refund.'],
    ['REFUND_PARTIAL', 1_000, 'Yêu cầu: Hoàn một phần, 1.000 ₫.', 'Request: Partial refund of 1.000 ₫.'],
    ['RETURN_AND_REFUND', null, 'Yêu cầu: Trả hàng và hoàn tiền.', 'Request: Return and refund.'],
  ])('name what the buyer asks: %s', (requestedOutcome, requestedAmount, vi, en) => {
    const data = { ...opened, reason: 'OTHER', requestedOutcome, requestedAmount };
    expect(line(renderer.render('marketplace-dispute-opened', 'EMAIL', 'vi', data).text, 'Yêu cầu:')).toBe(vi);
    expect(line(renderer.render('marketplace-dispute-opened', 'EMAIL', 'en', data).text, 'Request:')).toBe(en);
  });

  it.each<[string, number | null, string, string]>([
    ['REFUND_FULL', null, 'hoàn toàn bộ tiền cho người mua', 'a full refund to the buyer'],
    ['RETURN_AND_REFUND', null, 'người mua trả hàng và được hoàn tiền khi người bán nhận lại hàng', 'the buyer returns the goods and is refunded once the seller receives them'],
    ['RELEASE_TO_SELLER', null, 'chuyển tiền cho người bán', 'the money goes to the seller'],
  ])('state the decision %s', (outcome, amount, vi, en) => {
    const data = { orderCode: 'TC-7KQ4-M2XD', disputeId: DISPUTE, outcome, amount, reason: REASON };
    expect(renderer.render('marketplace-dispute-decided', 'EMAIL', 'vi', data).text).toContain(`(mã khiếu nại ${DISPUTE}): ${vi}.\n\nLý do: ${REASON}`);
    expect(renderer.render('marketplace-dispute-decided', 'EMAIL', 'en', data).text).toContain(`(complaint ${DISPUTE}): ${en}.\n\nReasons: ${REASON}`);
  });

  it('refuse SMS: they are email only', () => {
    expect(() => renderer.render('marketplace-released', 'SMS', 'vi', {})).toThrow('template marketplace-released@1 has no SMS version (it has EMAIL)');
  });
});

describe('the operator alert text (SMS)', () => {
  const alert = { alertId: ALERT_ID, severity: 'CRITICAL', code: 'MEDIATOR_DEADLINE_BREACHED', message: 'Dispute d0c5 passed its mediator deadline.', service: 'disputes', raisedAt: '2026-11-30T14:30:00.000Z' };

  it('is pinned in both languages, with and without an order', () => {
    expect(renderer.render('operator-alert', 'SMS', 'vi', { ...alert, orderId: ORDER_ID }).text).toBe(
      `TrustCircle cảnh báo CRITICAL MEDIATOR_DEADLINE_BREACHED (disputes) lúc 21:30 30/11/2026, đơn hàng ${ORDER_ID}: Dispute d0c5 passed its mediator deadline.`,
    );
    expect(renderer.render('operator-alert', 'SMS', 'en', { ...alert, orderId: ORDER_ID }).text).toBe(
      `TrustCircle alert CRITICAL MEDIATOR_DEADLINE_BREACHED (disputes) at 21:30 30/11/2026, order ${ORDER_ID}: Dispute d0c5 passed its mediator deadline.`,
    );
    expect(renderer.render('operator-alert', 'SMS', 'vi', { ...alert, orderId: null }).text).toBe(
      'TrustCircle cảnh báo CRITICAL MEDIATOR_DEADLINE_BREACHED (disputes) lúc 21:30 30/11/2026: Dispute d0c5 passed its mediator deadline.',
    );
    expect(renderer.render('operator-alert', 'SMS', 'en', { ...alert, orderId: null })).toEqual({
      template: 'operator-alert@1',
      text: 'TrustCircle alert CRITICAL MEDIATOR_DEADLINE_BREACHED (disputes) at 21:30 30/11/2026: Dispute d0c5 passed its mediator deadline.',
      sms: { encoding: 'GSM-7', units: 128, segments: 1 },
    });
  });

  it('has no Zalo version', () => {
    expect(() => renderer.render('operator-alert', 'ZALO', 'vi', { ...alert, orderId: null })).toThrow('template operator-alert@1 has no ZALO version (it has SMS, EMAIL)');
  });
});
