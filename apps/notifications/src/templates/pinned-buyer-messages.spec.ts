import { HandlebarsTemplateRenderer } from './handlebars-template-renderer';
import type { TemplateLocale } from './template-renderer';
import { emailHtml, emailText, LINK } from './testing/pinned-email';

/**
 * Every buyer template's text, pinned in full in Vietnamese and English, for SMS (units/segments included) and
 * email (subject, text part and HTML part), for every branch (payment method, funding source, outcome, deadline).
 */
const renderer = new HandlebarsTemplateRenderer();
const buyer = { orderCode: 'TC-7KQ4-M2XD', portalUrl: 'https://trustcircle.vn' };
const REASON = 'Ảnh chụp cho thấy hộp bị móp khi giao.';

interface Pinned {
  sms: Record<TemplateLocale, { text: string; units: number; segments: number }>;
  email?: Record<TemplateLocale, { subject: string; paragraphs: string[] }>;
}

const cases: Array<[string, string, Record<string, unknown>, Pinned]> = [
  [
    'order-placed',
    'PREPAID with a deadline',
    { ...buyer, totalAmount: 1_235_000, paymentMethod: 'PREPAID', paymentReference: 'TC7KQ4M2XD', paymentExpiresAt: '2026-11-29T14:30:00.000Z' },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt. Vui lòng thanh toán 1.235.000 ₫ (mã TC7KQ4M2XD) trước 21:30 29/11/2026. Tra cứu: ${LINK}`, units: 159, segments: 3 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD has been placed. Please pay 1.235.000 ₫ (ref. TC7KQ4M2XD) by 21:30 29/11/2026. Details: ${LINK}`, units: 150, segments: 3 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD đã được đặt',
          paragraphs: [
            'Xin chào,',
            'Đơn hàng TC-7KQ4-M2XD của bạn đã được đặt. Vui lòng thanh toán 1.235.000 ₫ với mã thanh toán TC7KQ4M2XD trước 21:30 29/11/2026 (giờ Việt Nam).',
            'TrustCircle giữ tiền và chỉ chuyển cho người bán khi bạn đã nhận hàng và hết thời gian kiểm tra hàng.',
            `Tra cứu đơn hàng: ${LINK}`,
          ],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD has been placed',
          paragraphs: [
            'Hello,',
            'Your order TC-7KQ4-M2XD has been placed. Please pay 1.235.000 ₫ with the payment reference TC7KQ4M2XD by 21:30 29/11/2026 (Vietnam time).',
            'TrustCircle holds the money and pays the seller only once you have received the goods and the inspection period is over.',
            `Look up your order: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'order-placed',
    'PREPAID without a deadline',
    { ...buyer, totalAmount: 1_235_000, paymentMethod: 'PREPAID', paymentReference: 'TC7KQ4M2XD', paymentExpiresAt: null },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt. Vui lòng thanh toán 1.235.000 ₫ (mã TC7KQ4M2XD). Tra cứu: ${LINK}`, units: 136, segments: 3 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD has been placed. Please pay 1.235.000 ₫ (ref. TC7KQ4M2XD). Details: ${LINK}`, units: 130, segments: 2 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD đã được đặt',
          paragraphs: [
            'Xin chào,',
            'Đơn hàng TC-7KQ4-M2XD của bạn đã được đặt. Vui lòng thanh toán 1.235.000 ₫ với mã thanh toán TC7KQ4M2XD.',
            'TrustCircle giữ tiền và chỉ chuyển cho người bán khi bạn đã nhận hàng và hết thời gian kiểm tra hàng.',
            `Tra cứu đơn hàng: ${LINK}`,
          ],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD has been placed',
          paragraphs: [
            'Hello,',
            'Your order TC-7KQ4-M2XD has been placed. Please pay 1.235.000 ₫ with the payment reference TC7KQ4M2XD.',
            'TrustCircle holds the money and pays the seller only once you have received the goods and the inspection period is over.',
            `Look up your order: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'order-placed',
    'COD',
    { ...buyer, totalAmount: 1_235_000, paymentMethod: 'COD', paymentReference: 'TC7KQ4M2XD', paymentExpiresAt: null },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt, thanh toán 1.235.000 ₫ khi nhận hàng. Tra cứu: ${LINK}`, units: 125, segments: 2 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD has been placed; pay 1.235.000 ₫ on delivery. Details: ${LINK}`, units: 117, segments: 2 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD đã được đặt',
          paragraphs: [
            'Xin chào,',
            'Đơn hàng TC-7KQ4-M2XD của bạn đã được đặt. Bạn thanh toán 1.235.000 ₫ cho người giao hàng khi nhận hàng.',
            'TrustCircle giữ tiền và chỉ chuyển cho người bán khi bạn đã nhận hàng và hết thời gian kiểm tra hàng.',
            `Tra cứu đơn hàng: ${LINK}`,
          ],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD has been placed',
          paragraphs: [
            'Hello,',
            'Your order TC-7KQ4-M2XD has been placed. You pay 1.235.000 ₫ to the courier on delivery.',
            'TrustCircle holds the money and pays the seller only once you have received the goods and the inspection period is over.',
            `Look up your order: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'escrow-funded',
    'PREPAID',
    { ...buyer, heldAmount: 1_235_000, source: 'PREPAID' },
    {
      sms: {
        vi: { text: `TrustCircle: Đã nhận 1.235.000 ₫ cho đơn TC-7KQ4-M2XD. Tiền được giữ đến khi bạn nhận hàng. Tra cứu: ${LINK}`, units: 131, segments: 2 },
        en: { text: `TrustCircle: We received 1.235.000 ₫ for order TC-7KQ4-M2XD and hold it safely until you have the goods. Details: ${LINK}`, units: 144, segments: 3 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD: đã nhận thanh toán',
          paragraphs: [
            'Xin chào,',
            'TrustCircle đã nhận 1.235.000 ₫ cho đơn hàng TC-7KQ4-M2XD. Số tiền được giữ an toàn và chỉ chuyển cho người bán khi bạn đã nhận hàng và hết thời gian kiểm tra hàng.',
            `Tra cứu đơn hàng: ${LINK}`,
          ],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD: payment received',
          paragraphs: [
            'Hello,',
            'TrustCircle received 1.235.000 ₫ for order TC-7KQ4-M2XD. The money is held safely and paid to the seller only once you have received the goods and the inspection period is over.',
            `Look up your order: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'escrow-funded',
    'COD_REMITTANCE',
    { ...buyer, heldAmount: 1_235_000, source: 'COD_REMITTANCE' },
    {
      sms: {
        vi: { text: `TrustCircle: Đã nhận 1.235.000 ₫ thu hộ đơn TC-7KQ4-M2XD. Tiền được giữ đến hết hạn khiếu nại. Tra cứu: ${LINK}`, units: 134, segments: 2 },
        en: { text: `TrustCircle: We received the 1.235.000 ₫ you paid on delivery for order TC-7KQ4-M2XD and hold it until the complaint period ends. Details: ${LINK}`, units: 169, segments: 3 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD: đã nhận thanh toán',
          paragraphs: [
            'Xin chào,',
            'TrustCircle đã nhận 1.235.000 ₫ bạn thanh toán khi nhận đơn hàng TC-7KQ4-M2XD. Số tiền được giữ an toàn và chỉ chuyển cho người bán khi hết thời gian kiểm tra hàng mà không có khiếu nại.',
            `Tra cứu đơn hàng: ${LINK}`,
          ],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD: payment received',
          paragraphs: [
            'Hello,',
            'TrustCircle received the 1.235.000 ₫ you paid on delivery of order TC-7KQ4-M2XD. The money is held safely and paid to the seller only once the inspection period is over with no complaint.',
            `Look up your order: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'shipped',
    'first scan',
    { ...buyer, trackingNumber: 'GHN5KX82QF' },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn TC-7KQ4-M2XD đã được bàn giao cho đơn vị vận chuyển, mã vận đơn GHN5KX82QF. Tra cứu: ${LINK}`, units: 132, segments: 2 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD is with the courier, tracking number GHN5KX82QF. Details: ${LINK}`, units: 120, segments: 1 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD đang được giao',
          paragraphs: ['Xin chào,', 'Người bán đã bàn giao đơn hàng TC-7KQ4-M2XD cho đơn vị vận chuyển. Mã vận đơn: GHN5KX82QF.', `Tra cứu đơn hàng: ${LINK}`],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD is on its way',
          paragraphs: ['Hello,', 'The seller has handed order TC-7KQ4-M2XD to the courier. Tracking number: GHN5KX82QF.', `Look up your order: ${LINK}`],
        },
      },
    },
  ],
  [
    'delivered',
    'inspection window end',
    { ...buyer, endsAt: '2026-12-03T14:30:00.000Z' },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn TC-7KQ4-M2XD đã giao. Nếu có vấn đề, hãy khiếu nại trước 21:30 03/12/2026. Tra cứu: ${LINK}`, units: 131, segments: 2 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD was delivered. If anything is wrong, complain before 21:30 03/12/2026. Details: ${LINK}`, units: 142, segments: 1 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD đã giao thành công',
          paragraphs: [
            'Xin chào,',
            'Đơn hàng TC-7KQ4-M2XD đã được giao. Vui lòng kiểm tra hàng: nếu có vấn đề, bạn có thể khiếu nại trực tuyến trước 21:30 03/12/2026 (giờ Việt Nam). Sau thời điểm này, tiền sẽ được chuyển cho người bán.',
            `Tra cứu và khiếu nại: ${LINK}`,
          ],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD was delivered',
          paragraphs: [
            'Hello,',
            'Order TC-7KQ4-M2XD was delivered. Please check the goods: if anything is wrong, you can complain online before 21:30 03/12/2026 (Vietnam time). After that, the money is paid to the seller.',
            `Look up or complain: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'dispute-opened',
    'due at 23:59',
    { ...buyer, merchantResponseDueAt: '2026-12-01T16:59:00.000Z' },
    {
      sms: {
        vi: { text: `TrustCircle: Đã nhận khiếu nại đơn TC-7KQ4-M2XD. Hạn người bán trả lời: 23:59 01/12/2026. Tra cứu: ${LINK}`, units: 129, segments: 2 },
        en: { text: `TrustCircle: Your complaint about order TC-7KQ4-M2XD was received. The seller must answer by 23:59 01/12/2026. Details: ${LINK}`, units: 150, segments: 1 },
      },
      email: {
        vi: {
          subject: 'Đã nhận khiếu nại đơn hàng TC-7KQ4-M2XD',
          paragraphs: [
            'Xin chào,',
            'TrustCircle đã nhận khiếu nại của bạn về đơn hàng TC-7KQ4-M2XD. Người bán phải trả lời trước 23:59 01/12/2026 (giờ Việt Nam); nếu không trả lời, khiếu nại được giải quyết theo yêu cầu của bạn.',
            `Theo dõi khiếu nại: ${LINK}`,
          ],
        },
        en: {
          subject: 'Complaint received for order TC-7KQ4-M2XD',
          paragraphs: [
            'Hello,',
            'TrustCircle received your complaint about order TC-7KQ4-M2XD. The seller must answer by 23:59 01/12/2026 (Vietnam time); without an answer, the complaint is settled as you asked.',
            `Follow your complaint: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'dispute-offer-made',
    'due at midnight',
    { ...buyer, amount: 500_000, buyerDueAt: '2026-12-02T17:00:00.000Z' },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn TC-7KQ4-M2XD: người bán đề nghị hoàn 500.000 ₫, hạn trả lời 00:00 03/12/2026. Tra cứu: ${LINK}`, units: 134, segments: 2 },
        en: { text: `TrustCircle: The seller offers to refund 500.000 ₫ for order TC-7KQ4-M2XD. Accept or decline by 00:00 03/12/2026. Details: ${LINK}`, units: 153, segments: 3 },
      },
      email: {
        vi: {
          subject: 'Người bán đề nghị hoàn tiền cho đơn hàng TC-7KQ4-M2XD',
          paragraphs: [
            'Xin chào,',
            'Người bán đề nghị hoàn cho bạn 500.000 ₫ để giải quyết khiếu nại về đơn hàng TC-7KQ4-M2XD; phần tiền còn lại sẽ được chuyển cho người bán. Vui lòng đồng ý hoặc từ chối trước 00:00 03/12/2026 (giờ Việt Nam). Nếu bạn không trả lời, khiếu nại sẽ được chuyển cho hòa giải viên.',
            `Trả lời đề nghị: ${LINK}`,
          ],
        },
        en: {
          subject: 'The seller offers a refund for order TC-7KQ4-M2XD',
          paragraphs: [
            'Hello,',
            'The seller offers to refund you 500.000 ₫ to settle your complaint about order TC-7KQ4-M2XD; the rest of the money would go to the seller. Please accept or decline by 00:00 03/12/2026 (Vietnam time). If you do not answer, the complaint goes to a mediator.',
            `Answer the offer: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'dispute-merchant-rejected',
    'REJECT',
    { ...buyer, buyerDueAt: '2026-12-02T14:30:00.000Z' },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn TC-7KQ4-M2XD: người bán từ chối. Hạn yêu cầu hòa giải: 21:30 02/12/2026. Tra cứu: ${LINK}`, units: 129, segments: 2 },
        en: { text: `TrustCircle: The seller rejected your complaint about order TC-7KQ4-M2XD. You can ask for mediation by 21:30 02/12/2026. Details: ${LINK}`, units: 160, segments: 1 },
      },
      email: {
        vi: {
          subject: 'Người bán từ chối khiếu nại đơn hàng TC-7KQ4-M2XD',
          paragraphs: [
            'Xin chào,',
            'Người bán đã từ chối khiếu nại của bạn về đơn hàng TC-7KQ4-M2XD và gửi kèm bằng chứng. Nếu không đồng ý, bạn có thể yêu cầu hòa giải viên của TrustCircle xem xét trước 21:30 02/12/2026 (giờ Việt Nam). Sau thời điểm này, khiếu nại sẽ đóng và tiền được chuyển cho người bán.',
            `Xem bằng chứng và yêu cầu hòa giải: ${LINK}`,
          ],
        },
        en: {
          subject: 'The seller rejected your complaint about order TC-7KQ4-M2XD',
          paragraphs: [
            'Hello,',
            'The seller rejected your complaint about order TC-7KQ4-M2XD and sent evidence. If you disagree, you can ask a TrustCircle mediator to review it by 21:30 02/12/2026 (Vietnam time). After that, the complaint is closed and the money is paid to the seller.',
            `See the evidence and ask for mediation: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'dispute-escalated',
    'to a mediator',
    { ...buyer, mediatorDueAt: '2026-12-05T14:30:00.000Z' },
    {
      sms: {
        vi: { text: `TrustCircle: Hòa giải viên sẽ quyết định khiếu nại đơn TC-7KQ4-M2XD trước 21:30 05/12/2026. Tra cứu: ${LINK}`, units: 131, segments: 2 },
        en: { text: `TrustCircle: Your complaint about order TC-7KQ4-M2XD is with a mediator; a decision is due by 21:30 05/12/2026. Details: ${LINK}`, units: 151, segments: 1 },
      },
      email: {
        vi: {
          subject: 'Khiếu nại đơn hàng TC-7KQ4-M2XD đã được chuyển cho hòa giải viên',
          paragraphs: [
            'Xin chào,',
            'Khiếu nại của bạn về đơn hàng TC-7KQ4-M2XD đã được chuyển cho hòa giải viên của TrustCircle. Hòa giải viên sẽ xem xét bằng chứng của hai bên và dự kiến ra quyết định trước 21:30 05/12/2026 (giờ Việt Nam).',
            `Theo dõi khiếu nại: ${LINK}`,
          ],
        },
        en: {
          subject: 'Your complaint about order TC-7KQ4-M2XD is with a mediator',
          paragraphs: [
            'Hello,',
            "Your complaint about order TC-7KQ4-M2XD went to a TrustCircle mediator, who will review both sides' evidence; a decision is due by 21:30 05/12/2026 (Vietnam time).",
            `Follow your complaint: ${LINK}`,
          ],
        },
      },
    },
  ],
  ...(
    [
      ['REFUND_FULL', null, 'hoàn toàn bộ tiền cho bạn', 'a full refund to you', 117, 2, 117, 1],
      ['REFUND_PARTIAL', 500_000, 'hoàn 500.000 ₫ cho bạn', 'a refund of 500.000 ₫ to you', 114, 2, 125, 2],
      ['RETURN_AND_REFUND', null, 'bạn trả hàng và được hoàn tiền', 'you return the goods and get a refund', 122, 2, 134, 1],
      ['RELEASE_TO_SELLER', null, 'chuyển tiền cho người bán', 'the money goes to the seller', 117, 2, 125, 1],
    ] as const
  ).map(([outcome, amount, vi, en, viUnits, viSegments, enUnits, enSegments]): [string, string, Record<string, unknown>, Pinned] => [
    'dispute-decided',
    outcome,
    { ...buyer, outcome, amount, reason: REASON },
    {
      sms: {
        vi: { text: `TrustCircle: Quyết định hòa giải đơn TC-7KQ4-M2XD: ${vi}. Tra cứu: ${LINK}`, units: viUnits, segments: viSegments },
        en: { text: `TrustCircle: Mediation decision for order TC-7KQ4-M2XD: ${en}. Details: ${LINK}`, units: enUnits, segments: enSegments },
      },
      email: {
        vi: {
          subject: 'Quyết định về khiếu nại đơn hàng TC-7KQ4-M2XD',
          paragraphs: [
            'Xin chào,',
            `Hòa giải viên đã quyết định khiếu nại của bạn về đơn hàng TC-7KQ4-M2XD: ${vi}.`,
            `Lý do: ${REASON}`,
            'Quyết định của hòa giải viên là quyết định cuối cùng trên TrustCircle. Nếu chưa đồng ý, bạn vẫn giữ quyền của người tiêu dùng theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 (số 19/2023/QH15): ' +
              'gửi yêu cầu đến cơ quan bảo vệ quyền lợi người tiêu dùng (Ủy ban Cạnh tranh Quốc gia, Bộ Công Thương, hoặc Sở Công Thương nơi bạn cư trú), khởi kiện tại Tòa án nhân dân có thẩm quyền, ' +
              'hoặc giải quyết bằng trọng tài thương mại nếu bạn và người bán có thỏa thuận trọng tài.',
            `Xem quyết định: ${LINK}`,
          ],
        },
        en: {
          subject: 'Decision on your complaint about order TC-7KQ4-M2XD',
          paragraphs: [
            'Hello,',
            `The mediator decided your complaint about order TC-7KQ4-M2XD: ${en}.`,
            `Reasons: ${REASON}`,
            "The mediator's decision is final on TrustCircle. If you disagree, you keep your rights as a consumer under the Law on Protection of Consumer Rights 2023 (No. 19/2023/QH15): " +
              "complain to the consumer-protection authority (the National Competition Commission, Ministry of Industry and Trade, or your province's Department of Industry and Trade), bring a claim before the competent People's Court, " +
              'or go to commercial arbitration if you and the seller have an arbitration agreement.',
            `See the decision: ${LINK}`,
          ],
        },
      },
    },
  ]),
  ...(
    [
      ['REFUND_FULL', 1_235_000, 'bạn được hoàn 1.235.000 ₫', 'you get a refund of 1.235.000 ₫', 121, 2, 136, 3],
      ['REFUND_PARTIAL', 500_000, 'bạn được hoàn 500.000 ₫', 'you get a refund of 500.000 ₫', 119, 2, 134, 2],
      ['RETURN_AND_REFUND', 1_235_000, 'gửi trả hàng để được hoàn 1.235.000 ₫', 'send the goods back to get a refund of 1.235.000 ₫', 133, 2, 155, 3],
      ['RELEASE_TO_SELLER', 0, 'tiền được chuyển cho người bán', 'the money goes to the seller', 126, 2, 133, 1],
    ] as const
  ).map(([outcome, refundAmount, vi, en, viUnits, viSegments, enUnits, enSegments]): [string, string, Record<string, unknown>, Pinned] => [
    'dispute-resolved',
    outcome,
    { ...buyer, outcome, refundAmount },
    {
      sms: {
        vi: { text: `TrustCircle: Khiếu nại đơn TC-7KQ4-M2XD đã có kết quả: ${vi}. Tra cứu: ${LINK}`, units: viUnits, segments: viSegments },
        en: { text: `TrustCircle: The complaint about order TC-7KQ4-M2XD is settled: ${en}. Details: ${LINK}`, units: enUnits, segments: enSegments },
      },
      email: {
        vi: { subject: 'Kết quả khiếu nại đơn hàng TC-7KQ4-M2XD', paragraphs: ['Xin chào,', `Khiếu nại về đơn hàng TC-7KQ4-M2XD đã có kết quả: ${vi}.`, `Tra cứu đơn hàng: ${LINK}`] },
        en: { subject: 'Outcome of the complaint about order TC-7KQ4-M2XD', paragraphs: ['Hello,', `The complaint about order TC-7KQ4-M2XD is settled: ${en}.`, `Look up your order: ${LINK}`] },
      },
    },
  ]),
  ...(
    [
      [
        'BUYER_ESCALATION',
        'bạn có thể yêu cầu hòa giải',
        'you can ask for mediation',
        ' Nếu không, khiếu nại sẽ đóng và tiền được chuyển cho người bán.',
        ' Otherwise, the complaint is closed and the money is paid to the seller.',
        131,
        132,
      ],
      [
        'BUYER_OFFER_RESPONSE',
        'hãy trả lời đề nghị hoàn tiền',
        'please answer the refund offer',
        ' Nếu bạn không trả lời, khiếu nại sẽ được chuyển cho hòa giải viên.',
        ' If you do not answer, the complaint goes to a mediator.',
        133,
        137,
      ],
      [
        'RETURN_SHIPMENT',
        'hãy gửi trả hàng',
        'please send the goods back',
        ' Nếu hàng không được gửi trả đúng hạn, tiền sẽ được chuyển cho người bán.',
        ' If the goods are not sent back in time, the money is paid to the seller.',
        120,
        133,
      ],
      [
        'MERCHANT_RESPONSE',
        'người bán phải trả lời',
        'the seller must answer',
        ' Nếu người bán không trả lời, khiếu nại được giải quyết theo yêu cầu của bạn.',
        ' If the seller does not answer, the complaint is settled as you asked.',
        126,
        129,
      ],
      ['MEDIATOR_DECISION', 'hòa giải viên sẽ quyết định', 'the mediator will decide', '', '', 131, 131],
    ] as const
  ).map(([deadline, vi, en, viDefault, enDefault, viUnits, enUnits]): [string, string, Record<string, unknown>, Pinned] => [
    'dispute-deadline-reminder',
    deadline,
    { ...buyer, deadline, dueAt: '2026-12-03T14:30:00.000Z' },
    {
      sms: {
        vi: { text: `TrustCircle: Nhắc hạn đơn TC-7KQ4-M2XD: ${vi} trước 21:30 03/12/2026. Tra cứu: ${LINK}`, units: viUnits, segments: 2 },
        en: { text: `TrustCircle: Reminder for order TC-7KQ4-M2XD: ${en} by 21:30 03/12/2026. Details: ${LINK}`, units: enUnits, segments: 1 },
      },
      email: {
        vi: {
          subject: 'Nhắc hạn khiếu nại đơn hàng TC-7KQ4-M2XD: 21:30 03/12/2026',
          paragraphs: ['Xin chào,', `Đơn hàng TC-7KQ4-M2XD: ${vi} trước 21:30 03/12/2026 (giờ Việt Nam).${viDefault}`, `Tra cứu khiếu nại: ${LINK}`],
        },
        en: {
          subject: 'Complaint deadline for order TC-7KQ4-M2XD: 21:30 03/12/2026',
          paragraphs: ['Hello,', `Order TC-7KQ4-M2XD: ${en} by 21:30 03/12/2026 (Vietnam time).${enDefault}`, `Follow your complaint: ${LINK}`],
        },
      },
    },
  ]),
  [
    'refunded',
    'refund',
    { ...buyer, amount: 1_235_000 },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn TC-7KQ4-M2XD được hoàn 1.235.000 ₫, tiền đang được chuyển về cho bạn. Tra cứu: ${LINK}`, units: 126, segments: 2 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD: 1.235.000 ₫ is being refunded to you. Details: ${LINK}`, units: 110, segments: 2 },
      },
      email: {
        vi: {
          subject: 'Hoàn tiền đơn hàng TC-7KQ4-M2XD',
          paragraphs: [
            'Xin chào,',
            'TrustCircle đã hoàn 1.235.000 ₫ cho bạn từ đơn hàng TC-7KQ4-M2XD. Đối tác thanh toán đang chuyển tiền về cho bạn; thời gian nhận tiền tùy theo ngân hàng hoặc ví điện tử của bạn.',
            `Tra cứu đơn hàng: ${LINK}`,
          ],
        },
        en: {
          subject: 'Refund for order TC-7KQ4-M2XD',
          paragraphs: [
            'Hello,',
            'TrustCircle refunded you 1.235.000 ₫ from order TC-7KQ4-M2XD. The payment partner is transferring the money to you; when it arrives depends on your bank or e-wallet.',
            `Look up your order: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'refund-destination-required',
    'COD refund waiting for an account',
    { ...buyer, amount: 1_235_000 },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn TC-7KQ4-M2XD được hoàn 1.235.000 ₫. Nhập tài khoản ngân hàng hoặc ví để nhận tiền: ${LINK}`, units: 130, segments: 2 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD: 1.235.000 ₫ is to be refunded to you. Enter a bank account or e-wallet to receive it: ${LINK}`, units: 149, segments: 3 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD: nhập tài khoản để nhận tiền hoàn',
          paragraphs: [
            'Xin chào,',
            'Bạn được hoàn 1.235.000 ₫ từ đơn hàng TC-7KQ4-M2XD. Vì bạn đã thanh toán tiền mặt khi nhận hàng, TrustCircle cần tài khoản ngân hàng hoặc ví điện tử của bạn để chuyển tiền. ' +
              'Vui lòng tra cứu đơn hàng (mã đơn hàng, số điện thoại và mã xác thực gửi qua SMS) và nhập tài khoản nhận tiền; tiền được chuyển sau khi bạn nhập.',
            'TrustCircle không bao giờ hỏi mật khẩu hay mã OTP ngân hàng của bạn.',
            `Nhập tài khoản nhận tiền: ${LINK}`,
          ],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD: enter an account to receive your refund',
          paragraphs: [
            'Hello,',
            'You are owed a refund of 1.235.000 ₫ from order TC-7KQ4-M2XD. As you paid cash on delivery, TrustCircle needs your bank account or e-wallet to send it to. ' +
              'Please look up your order (order code, phone number and the code we text you) and enter the account; the money is sent once you do.',
            'TrustCircle never asks for your password or your bank one-time codes.',
            `Enter your refund account: ${LINK}`,
          ],
        },
      },
    },
  ],
  [
    'released',
    'release',
    { ...buyer },
    {
      sms: {
        vi: { text: `TrustCircle: Đơn TC-7KQ4-M2XD đã hoàn tất, tiền đã được chuyển cho người bán. Cảm ơn bạn! Tra cứu: ${LINK}`, units: 129, segments: 2 },
        en: { text: `TrustCircle: Order TC-7KQ4-M2XD is complete; the money was released to the seller. Thank you! Details: ${LINK}`, units: 133, segments: 1 },
      },
      email: {
        vi: {
          subject: 'Đơn hàng TC-7KQ4-M2XD đã hoàn tất',
          paragraphs: ['Xin chào,', 'Đơn hàng TC-7KQ4-M2XD đã hoàn tất: TrustCircle đã chuyển tiền cho người bán. Cảm ơn bạn đã mua sắm an toàn cùng TrustCircle.', `Tra cứu đơn hàng: ${LINK}`],
        },
        en: {
          subject: 'Order TC-7KQ4-M2XD is complete',
          paragraphs: ['Hello,', 'Order TC-7KQ4-M2XD is complete: TrustCircle released the money to the seller. Thank you for shopping safely with TrustCircle.', `Look up your order: ${LINK}`],
        },
      },
    },
  ],
  [
    'buyer-otp',
    'one-time code',
    { orderCode: 'TC-7KQ4-M2XD', otp: '049381', validMinutes: 5 },
    {
      sms: {
        vi: { text: 'TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là 049381, hiệu lực 5 phút. Không chia sẻ mã này.', units: 104, segments: 2 },
        en: { text: 'TrustCircle: Your verification code for order TC-7KQ4-M2XD is 049381, valid for 5 min. Do not share this code.', units: 110, segments: 1 },
      },
    },
  ],
];

describe.each(cases)('%s (%s)', (id, _branch, data, pinned) => {
  it.each(['vi', 'en'] as const)('SMS in %s, with its encoding', (locale) => {
    const { text, units, segments } = pinned.sms[locale];
    expect(renderer.render(id, 'SMS', locale, data)).toEqual({
      template: `${id}@1`,
      text,
      sms: { encoding: text === text.replace(/[^\n\r -~]/g, '') ? 'GSM-7' : 'UCS-2', units, segments },
    });
  });

  it.each(['vi', 'en'] as const)('email in %s: subject, text part, HTML part', (locale) => {
    if (!pinned.email) {
      expect(() => renderer.render(id, 'EMAIL', locale, data)).toThrow(`template ${id}@1 has no EMAIL version (it has SMS)`);
      return;
    }
    const { subject, paragraphs } = pinned.email[locale];
    expect(renderer.render(id, 'EMAIL', locale, data)).toEqual({ template: `${id}@1`, subject, text: emailText(locale, paragraphs), html: emailHtml(locale, subject, paragraphs) });
  });
});

describe('buyer messages', () => {
  it('every buyer template is pinned, in every branch', () => {
    expect([...new Set(cases.map(([id]) => id))]).toEqual([
      'order-placed',
      'escrow-funded',
      'shipped',
      'delivered',
      'dispute-opened',
      'dispute-offer-made',
      'dispute-merchant-rejected',
      'dispute-escalated',
      'dispute-decided',
      'dispute-resolved',
      'dispute-deadline-reminder',
      'refunded',
      'refund-destination-required',
      'released',
      'buyer-otp',
    ]);
    expect(cases).toHaveLength(28);
  });

  it('carry the order code, and the lookup link (all but the one-time code, whose wording is kept)', () => {
    for (const [id, , data, pinned] of cases) {
      for (const locale of ['vi', 'en'] as const) {
        expect(pinned.sms[locale].text).toContain('TC-7KQ4-M2XD');
        if (id !== 'buyer-otp') expect(pinned.sms[locale].text).toContain(LINK);
        if (pinned.email) expect(renderer.render(id, 'EMAIL', locale, data).text).toContain(LINK);
      }
    }
  });

  it('fit two UCS-2 segments in Vietnamese, except the order-placed PREPAID text kept from the walking skeleton', () => {
    const over = cases.filter(([, , , p]) => p.sms.vi.segments > 2).map(([id, branch]) => `${id} (${branch})`);
    expect(over).toEqual(['order-placed (PREPAID with a deadline)', 'order-placed (PREPAID without a deadline)']);
  });
});
