import { defineTemplate } from '../template-file';

/** `dispute-escalated` version 1. */
export const disputeEscalatedV1 = defineTemplate({
  id: 'dispute-escalated',
  version: 1,
  audience: 'BUYER',
  description: "The complaint went to a mediator, whose decision is due by mediatorDueAt (disputes.dispute-escalated).",
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', mediatorDueAt: 'time' },
  sms: {
    vi: 'TrustCircle: Hòa giải viên sẽ quyết định khiếu nại đơn {{orderCode}} trước {{vnTime mediatorDueAt}}. Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: Your complaint about order {{orderCode}} is with a mediator; a decision is due by {{vnTime mediatorDueAt}}. Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Khiếu nại đơn hàng {{orderCode}} đã được chuyển cho hòa giải viên',
      body:
        'Xin chào,\n\n' +
        'Khiếu nại của bạn về đơn hàng {{orderCode}} đã được chuyển cho hòa giải viên của TrustCircle. Hòa giải viên sẽ xem xét bằng chứng của hai bên và dự kiến ra quyết định trước {{vnTime mediatorDueAt}} (giờ Việt Nam).\n\n' +
        'Theo dõi khiếu nại: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Your complaint about order {{orderCode}} is with a mediator',
      body:
        'Hello,\n\n' +
        "Your complaint about order {{orderCode}} went to a TrustCircle mediator, who will review both sides' evidence; a decision is due by {{vnTime mediatorDueAt}} (Vietnam time).\n\n" +
        'Follow your complaint: {{lookupUrl portalUrl}}',
    },
  },
});
