import { defineTemplate } from '../template-file';

/** `dispute-offer-made` version 1. */
export const disputeOfferMadeV1 = defineTemplate({
  id: 'dispute-offer-made',
  version: 1,
  audience: 'BUYER',
  description: 'The seller offers a partial refund; the buyer answers by buyerDueAt (disputes.offer-made).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', amount: 'vnd', buyerDueAt: 'time' },
  sms: {
    vi: 'TrustCircle: Đơn {{orderCode}}: người bán đề nghị hoàn {{vnd amount}}, hạn trả lời {{vnTime buyerDueAt}}. Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: The seller offers to refund {{vnd amount}} for order {{orderCode}}. Accept or decline by {{vnTime buyerDueAt}}. Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Người bán đề nghị hoàn tiền cho đơn hàng {{orderCode}}',
      body:
        'Xin chào,\n\n' +
        'Người bán đề nghị hoàn cho bạn {{vnd amount}} để giải quyết khiếu nại về đơn hàng {{orderCode}}; phần tiền còn lại sẽ được chuyển cho người bán. Vui lòng đồng ý hoặc từ chối trước {{vnTime buyerDueAt}} (giờ Việt Nam). Nếu bạn không trả lời, khiếu nại sẽ được chuyển cho hòa giải viên.\n\n' +
        'Trả lời đề nghị: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'The seller offers a refund for order {{orderCode}}',
      body:
        'Hello,\n\n' +
        'The seller offers to refund you {{vnd amount}} to settle your complaint about order {{orderCode}}; the rest of the money would go to the seller. Please accept or decline by {{vnTime buyerDueAt}} (Vietnam time). If you do not answer, the complaint goes to a mediator.\n\n' +
        'Answer the offer: {{lookupUrl portalUrl}}',
    },
  },
});
