import { defineTemplate } from '../template-file';

const OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RELEASE_TO_SELLER', 'RETURN_AND_REFUND'] as const;

const RESULT_VI =
  '{{#if (eq outcome "REFUND_FULL")}}bạn được hoàn {{vnd refundAmount}}' +
  '{{else if (eq outcome "REFUND_PARTIAL")}}bạn được hoàn {{vnd refundAmount}}' +
  '{{else if (eq outcome "RETURN_AND_REFUND")}}gửi trả hàng để được hoàn {{vnd refundAmount}}' +
  '{{else if (eq outcome "RELEASE_TO_SELLER")}}tiền được chuyển cho người bán{{/if}}';

const RESULT_EN =
  '{{#if (eq outcome "REFUND_FULL")}}you get a refund of {{vnd refundAmount}}' +
  '{{else if (eq outcome "REFUND_PARTIAL")}}you get a refund of {{vnd refundAmount}}' +
  '{{else if (eq outcome "RETURN_AND_REFUND")}}send the goods back to get a refund of {{vnd refundAmount}}' +
  '{{else if (eq outcome "RELEASE_TO_SELLER")}}the money goes to the seller{{/if}}';

/** `dispute-resolved` version 1. */
export const disputeResolvedV1 = defineTemplate({
  id: 'dispute-resolved',
  version: 1,
  audience: 'BUYER',
  description: 'The complaint is over with its money outcome: refund, return then refund, or release (disputes.dispute-resolved).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', outcome: OUTCOMES, refundAmount: 'vnd' },
  sms: {
    vi: `TrustCircle: Khiếu nại đơn {{orderCode}} đã có kết quả: ${RESULT_VI}. Tra cứu: {{lookupUrl portalUrl}}`,
    en: `TrustCircle: The complaint about order {{orderCode}} is settled: ${RESULT_EN}. Details: {{lookupUrl portalUrl}}`,
  },
  email: {
    vi: {
      subject: 'Kết quả khiếu nại đơn hàng {{orderCode}}',
      body: `Xin chào,\n\nKhiếu nại về đơn hàng {{orderCode}} đã có kết quả: ${RESULT_VI}.\n\nTra cứu đơn hàng: {{lookupUrl portalUrl}}`,
    },
    en: {
      subject: 'Outcome of the complaint about order {{orderCode}}',
      body: `Hello,\n\nThe complaint about order {{orderCode}} is settled: ${RESULT_EN}.\n\nLook up your order: {{lookupUrl portalUrl}}`,
    },
  },
});
