import { defineTemplate } from '../template-file';

/** `refunded` version 1. */
export const refundedV1 = defineTemplate({
  id: 'refunded',
  version: 1,
  audience: 'BUYER',
  description: 'Money was refunded to the buyer, in full or in part; the payment partner transfers it (escrow.escrow-refunded).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', amount: 'vnd' },
  sms: {
    vi: 'TrustCircle: Đơn {{orderCode}} được hoàn {{vnd amount}}, tiền đang được chuyển về cho bạn. Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: Order {{orderCode}}: {{vnd amount}} is being refunded to you. Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Hoàn tiền đơn hàng {{orderCode}}',
      body:
        'Xin chào,\n\n' +
        'TrustCircle đã hoàn {{vnd amount}} cho bạn từ đơn hàng {{orderCode}}. Đối tác thanh toán đang chuyển tiền về cho bạn; thời gian nhận tiền tùy theo ngân hàng hoặc ví điện tử của bạn.\n\n' +
        'Tra cứu đơn hàng: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Refund for order {{orderCode}}',
      body:
        'Hello,\n\n' +
        'TrustCircle refunded you {{vnd amount}} from order {{orderCode}}. The payment partner is transferring the money to you; when it arrives depends on your bank or e-wallet.\n\n' +
        'Look up your order: {{lookupUrl portalUrl}}',
    },
  },
});
