import { defineTemplate } from '../template-file';

const DEADLINES = ['MERCHANT_RESPONSE', 'BUYER_ESCALATION', 'BUYER_OFFER_RESPONSE', 'MEDIATOR_DECISION', 'RETURN_SHIPMENT'] as const;

/** Who must do what, by the deadline (each deadline belongs to one role: buyer, merchant or mediator). */
const ACTION_VI =
  '{{#if (eq deadline "BUYER_ESCALATION")}}bạn có thể yêu cầu hòa giải' +
  '{{else if (eq deadline "BUYER_OFFER_RESPONSE")}}hãy trả lời đề nghị hoàn tiền' +
  '{{else if (eq deadline "RETURN_SHIPMENT")}}hãy gửi trả hàng' +
  '{{else if (eq deadline "MERCHANT_RESPONSE")}}người bán phải trả lời' +
  '{{else if (eq deadline "MEDIATOR_DECISION")}}hòa giải viên sẽ quyết định{{/if}}';

const ACTION_EN =
  '{{#if (eq deadline "BUYER_ESCALATION")}}you can ask for mediation' +
  '{{else if (eq deadline "BUYER_OFFER_RESPONSE")}}please answer the refund offer' +
  '{{else if (eq deadline "RETURN_SHIPMENT")}}please send the goods back' +
  '{{else if (eq deadline "MERCHANT_RESPONSE")}}the seller must answer' +
  '{{else if (eq deadline "MEDIATOR_DECISION")}}the mediator will decide{{/if}}';

/** What silence leads to (the default of each deadline). */
const DEFAULT_VI =
  '{{#if (eq deadline "BUYER_ESCALATION")}} Nếu không, khiếu nại sẽ đóng và tiền được chuyển cho người bán.' +
  '{{else if (eq deadline "BUYER_OFFER_RESPONSE")}} Nếu bạn không trả lời, khiếu nại sẽ được chuyển cho hòa giải viên.' +
  '{{else if (eq deadline "RETURN_SHIPMENT")}} Nếu hàng không được gửi trả đúng hạn, tiền sẽ được chuyển cho người bán.' +
  '{{else if (eq deadline "MERCHANT_RESPONSE")}} Nếu người bán không trả lời, khiếu nại được giải quyết theo yêu cầu của bạn.{{/if}}';

const DEFAULT_EN =
  '{{#if (eq deadline "BUYER_ESCALATION")}} Otherwise, the complaint is closed and the money is paid to the seller.' +
  '{{else if (eq deadline "BUYER_OFFER_RESPONSE")}} If you do not answer, the complaint goes to a mediator.' +
  '{{else if (eq deadline "RETURN_SHIPMENT")}} If the goods are not sent back in time, the money is paid to the seller.' +
  '{{else if (eq deadline "MERCHANT_RESPONSE")}} If the seller does not answer, the complaint is settled as you asked.{{/if}}';

/** `dispute-deadline-reminder` version 1: the absolute deadline, with the action of the role it belongs to. */
export const disputeDeadlineReminderV1 = defineTemplate({
  id: 'dispute-deadline-reminder',
  version: 1,
  audience: 'BUYER',
  description: 'A dispute deadline is near (24 h ahead): who must do what before the absolute time, and what silence leads to (disputes.deadline-reminder).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', deadline: DEADLINES, dueAt: 'time' },
  sms: {
    vi: `TrustCircle: Nhắc hạn đơn {{orderCode}}: ${ACTION_VI} trước {{vnTime dueAt}}. Tra cứu: {{lookupUrl portalUrl}}`,
    en: `TrustCircle: Reminder for order {{orderCode}}: ${ACTION_EN} by {{vnTime dueAt}}. Details: {{lookupUrl portalUrl}}`,
  },
  email: {
    vi: {
      subject: 'Nhắc hạn khiếu nại đơn hàng {{orderCode}}: {{vnTime dueAt}}',
      body: `Xin chào,\n\nĐơn hàng {{orderCode}}: ${ACTION_VI} trước {{vnTime dueAt}} (giờ Việt Nam).${DEFAULT_VI}\n\nTra cứu khiếu nại: {{lookupUrl portalUrl}}`,
    },
    en: {
      subject: 'Complaint deadline for order {{orderCode}}: {{vnTime dueAt}}',
      body: `Hello,\n\nOrder {{orderCode}}: ${ACTION_EN} by {{vnTime dueAt}} (Vietnam time).${DEFAULT_EN}\n\nFollow your complaint: {{lookupUrl portalUrl}}`,
    },
  },
});
