import { defineTemplate } from '../template-file';

/** `marketplace-paid-out` version 1. */
export const marketplacePaidOutV1 = defineTemplate({
  id: 'marketplace-paid-out',
  version: 1,
  audience: 'MARKETPLACE',
  description: "The payment partner paid the seller: amount, time and the transfer's reference (escrow.escrow-paid-out). By email.",
  channels: ['EMAIL'],
  variables: { orderCode: 'text', amount: 'vnd', partnerReference: 'text', paidOutAt: 'time' },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}}: đã chi trả cho người bán',
      body:
        'Kính gửi Quý đối tác,\n\n' +
        'Đối tác thanh toán đã chi trả {{vnd amount}} cho người bán của đơn hàng {{orderCode}} lúc {{vnTime paidOutAt}} (giờ Việt Nam), mã giao dịch {{partnerReference}}. ' +
        'Giao dịch ký quỹ của đơn hàng đã đóng.',
    },
    en: {
      subject: 'Order {{orderCode}}: seller paid out',
      body:
        'Dear partner,\n\n' +
        'The payment partner paid {{vnd amount}} to the seller of order {{orderCode}} at {{vnTime paidOutAt}} (Vietnam time), transfer reference {{partnerReference}}. ' +
        "The order's escrow is closed.",
    },
  },
});
