import { defineTemplate } from '../template-file';

/** `marketplace-dispute-deadline` version 1. */
export const marketplaceDisputeDeadlineV1 = defineTemplate({
  id: 'marketplace-dispute-deadline',
  version: 1,
  audience: 'MARKETPLACE',
  description: "The merchant's answer is due in 24 h, with the absolute time (disputes.deadline-reminder, MERCHANT). By email.",
  channels: ['EMAIL'],
  variables: { orderCode: 'text', disputeId: 'text', dueAt: 'time' },
  email: {
    vi: {
      subject: 'Nhắc hạn: trả lời khiếu nại đơn hàng {{orderCode}} trước {{vnTime dueAt}}',
      body:
        'Kính gửi Quý đối tác,\n\n' +
        'Khiếu nại về đơn hàng {{orderCode}} (mã khiếu nại {{disputeId}}) chưa được trả lời. Hạn trả lời là {{vnTime dueAt}} (giờ Việt Nam). ' +
        'Nếu không trả lời đúng hạn, khiếu nại được giải quyết theo yêu cầu của người mua.',
    },
    en: {
      subject: 'Reminder: answer the complaint about order {{orderCode}} by {{vnTime dueAt}}',
      body:
        'Dear partner,\n\n' +
        'The complaint about order {{orderCode}} (complaint {{disputeId}}) has not been answered yet. The deadline is {{vnTime dueAt}} (Vietnam time). ' +
        'Without an answer in time, the complaint is settled as the buyer asked.',
    },
  },
});
