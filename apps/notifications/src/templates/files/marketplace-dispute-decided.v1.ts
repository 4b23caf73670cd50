import { defineTemplate } from '../template-file';

const OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RELEASE_TO_SELLER', 'RETURN_AND_REFUND'] as const;

const DECISION_VI =
  '{{#if (eq outcome "REFUND_FULL")}}hoàn toàn bộ tiền cho người mua' +
  '{{else if (eq outcome "REFUND_PARTIAL")}}hoàn {{vnd amount}} cho người mua, phần còn lại chuyển cho người bán' +
  '{{else if (eq outcome "RETURN_AND_REFUND")}}người mua trả hàng và được hoàn tiền khi người bán nhận lại hàng' +
  '{{else if (eq outcome "RELEASE_TO_SELLER")}}chuyển tiền cho người bán{{/if}}';

const DECISION_EN =
  '{{#if (eq outcome "REFUND_FULL")}}a full refund to the buyer' +
  '{{else if (eq outcome "REFUND_PARTIAL")}}a refund of {{vnd amount}} to the buyer, the rest to the seller' +
  '{{else if (eq outcome "RETURN_AND_REFUND")}}the buyer returns the goods and is refunded once the seller receives them' +
  '{{else if (eq outcome "RELEASE_TO_SELLER")}}the money goes to the seller{{/if}}';

/** `marketplace-dispute-decided` version 1. */
export const marketplaceDisputeDecidedV1 = defineTemplate({
  id: 'marketplace-dispute-decided',
  version: 1,
  audience: 'MARKETPLACE',
  description: "A mediator's decision, with the reasons (disputes.dispute-decided). By email.",
  channels: ['EMAIL'],
  variables: { orderCode: 'text', disputeId: 'text', outcome: OUTCOMES, amount: 'vnd?', reason: 'text' },
  email: {
    vi: {
      subject: 'Quyết định hòa giải cho đơn hàng {{orderCode}}',
      body:
        'Kính gửi Quý đối tác,\n\n' +
        `Hòa giải viên đã quyết định khiếu nại về đơn hàng {{orderCode}} (mã khiếu nại {{disputeId}}): ${DECISION_VI}.\n\n` +
        'Lý do: {{reason}}\n\n' +
        'Quyết định là cuối cùng trên TrustCircle; tiền được xử lý theo quyết định này.',
    },
    en: {
      subject: 'Mediation decision for order {{orderCode}}',
      body:
        'Dear partner,\n\n' +
        `The mediator decided the complaint about order {{orderCode}} (complaint {{disputeId}}): ${DECISION_EN}.\n\n` +
        'Reasons: {{reason}}\n\n' +
        'The decision is final on TrustCircle; the money is handled accordingly.',
    },
  },
});
