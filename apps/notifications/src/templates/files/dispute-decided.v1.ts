import { defineTemplate } from '../template-file';

const OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RELEASE_TO_SELLER', 'RETURN_AND_REFUND'] as const;

const DECISION_VI =
  '{{#if (eq outcome "REFUND_FULL")}}hoàn toàn bộ tiền cho bạn' +
  '{{else if (eq outcome "REFUND_PARTIAL")}}hoàn {{vnd amount}} cho bạn' +
  '{{else if (eq outcome "RETURN_AND_REFUND")}}bạn trả hàng và được hoàn tiền' +
  '{{else if (eq outcome "RELEASE_TO_SELLER")}}chuyển tiền cho người bán{{/if}}';

const DECISION_EN =
  '{{#if (eq outcome "REFUND_FULL")}}a full refund to you' +
  '{{else if (eq outcome "REFUND_PARTIAL")}}a refund of {{vnd amount}} to you' +
  '{{else if (eq outcome "RETURN_AND_REFUND")}}you return the goods and get a refund' +
  '{{else if (eq outcome "RELEASE_TO_SELLER")}}the money goes to the seller{{/if}}';

/** `dispute-decided` version 1. The email says where the buyer can take the case next (as `after-decision.ts` in disputes). */
export const disputeDecidedV1 = defineTemplate({
  id: 'dispute-decided',
  version: 1,
  audience: 'BUYER',
  description: "A mediator decided: the outcome (amount for REFUND_PARTIAL), the mediator's reasons and the buyer's further options by email (disputes.dispute-decided).",
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', outcome: OUTCOMES, amount: 'vnd?', reason: 'text' },
  sms: {
    vi: `TrustCircle: Quyết định hòa giải đơn {{orderCode}}: ${DECISION_VI}. Tra cứu: {{lookupUrl portalUrl}}`,
    en: `TrustCircle: Mediation decision for order {{orderCode}}: ${DECISION_EN}. Details: {{lookupUrl portalUrl}}`,
  },
  email: {
    vi: {
      subject: 'Quyết định về khiếu nại đơn hàng {{orderCode}}',
      body:
        'Xin chào,\n\n' +
        `Hòa giải viên đã quyết định khiếu nại của bạn về đơn hàng {{orderCode}}: ${DECISION_VI}.\n\n` +
        'Lý do: {{reason}}\n\n' +
        'Quyết định của hòa giải viên là quyết định cuối cùng trên TrustCircle. Nếu chưa đồng ý, bạn vẫn giữ quyền của người tiêu dùng theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 (số 19/2023/QH15): ' +
        'gửi yêu cầu đến cơ quan bảo vệ quyền lợi người tiêu dùng (Ủy ban Cạnh tranh Quốc gia, Bộ Công Thương, hoặc Sở Công Thương nơi bạn cư trú), khởi kiện tại Tòa án nhân dân có thẩm quyền, ' +
        'hoặc giải quyết bằng trọng tài thương mại nếu bạn và người bán có thỏa thuận trọng tài.\n\n' +
        'Xem quyết định: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Decision on your complaint about order {{orderCode}}',
      body:
        'Hello,\n\n' +
        `The mediator decided your complaint about order {{orderCode}}: ${DECISION_EN}.\n\n` +
        'Reasons: {{reason}}\n\n' +
        "The mediator's decision is final on TrustCircle. If you disagree, you keep your rights as a consumer under the Law on Protection of Consumer Rights 2023 (No. 19/2023/QH15): " +
        "complain to the consumer-protection authority (the National Competition Commission, Ministry of Industry and Trade, or your province's Department of Industry and Trade), bring a claim before the competent People's Court, " +
        'or go to commercial arbitration if you and the seller have an arbitration agreement.\n\n' +
        'See the decision: {{lookupUrl portalUrl}}',
    },
  },
});
