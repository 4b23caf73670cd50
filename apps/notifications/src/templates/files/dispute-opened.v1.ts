import { defineTemplate } from '../template-file';

/** `dispute-opened` version 1. */
export const disputeOpenedV1 = defineTemplate({
  id: 'dispute-opened',
  version: 1,
  audience: 'BUYER',
  description: "The buyer's complaint was filed; the seller's answer is due (disputes.dispute-opened).",
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', merchantResponseDueAt: 'time' },
  sms: {
    vi: 'TrustCircle: Đã nhận khiếu nại đơn {{orderCode}}. Hạn người bán trả lời: {{vnTime merchantResponseDueAt}}. Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: Your complaint about order {{orderCode}} was received. The seller must answer by {{vnTime merchantResponseDueAt}}. Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Đã nhận khiếu nại đơn hàng {{orderCode}}',
      body:
        'Xin chào,\n\n' +
        'TrustCircle đã nhận khiếu nại của bạn về đơn hàng {{orderCode}}. Người bán phải trả lời trước {{vnTime merchantResponseDueAt}} (giờ Việt Nam); nếu không trả lời, khiếu nại được giải quyết theo yêu cầu của bạn.\n\n' +
        'Theo dõi khiếu nại: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Complaint received for order {{orderCode}}',
      body:
        'Hello,\n\n' +
        'TrustCircle received your complaint about order {{orderCode}}. The seller must answer by {{vnTime merchantResponseDueAt}} (Vietnam time); without an answer, the complaint is settled as you asked.\n\n' +
        'Follow your complaint: {{lookupUrl portalUrl}}',
    },
  },
});
