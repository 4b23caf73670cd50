import { defineTemplate } from '../template-file';

/** `dispute-merchant-rejected` version 1. */
export const disputeMerchantRejectedV1 = defineTemplate({
  id: 'dispute-merchant-rejected',
  version: 1,
  audience: 'BUYER',
  description: 'The seller rejected the complaint; the buyer may ask for mediation by buyerDueAt (disputes.merchant-responded, REJECT).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', buyerDueAt: 'time' },
  sms: {
    vi: 'TrustCircle: Đơn {{orderCode}}: người bán từ chối. Hạn yêu cầu hòa giải: {{vnTime buyerDueAt}}. Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: The seller rejected your complaint about order {{orderCode}}. You can ask for mediation by {{vnTime buyerDueAt}}. Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Người bán từ chối khiếu nại đơn hàng {{orderCode}}',
      body:
        'Xin chào,\n\n' +
        'Người bán đã từ chối khiếu nại của bạn về đơn hàng {{orderCode}} và gửi kèm bằng chứng. Nếu không đồng ý, bạn có thể yêu cầu hòa giải viên của TrustCircle xem xét trước {{vnTime buyerDueAt}} (giờ Việt Nam). Sau thời điểm này, khiếu nại sẽ đóng và tiền được chuyển cho người bán.\n\n' +
        'Xem bằng chứng và yêu cầu hòa giải: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'The seller rejected your complaint about order {{orderCode}}',
      body:
        'Hello,\n\n' +
        'The seller rejected your complaint about order {{orderCode}} and sent evidence. If you disagree, you can ask a TrustCircle mediator to review it by {{vnTime buyerDueAt}} (Vietnam time). After that, the complaint is closed and the money is paid to the seller.\n\n' +
        'See the evidence and ask for mediation: {{lookupUrl portalUrl}}',
    },
  },
});
