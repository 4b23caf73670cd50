import { defineTemplate } from '../template-file';

/** `released` version 1. */
export const releasedV1 = defineTemplate({
  id: 'released',
  version: 1,
  audience: 'BUYER',
  description: 'The order is complete: the money was released to the seller (escrow.escrow-released).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url' },
  sms: {
    vi: 'TrustCircle: Đơn {{orderCode}} đã hoàn tất, tiền đã được chuyển cho người bán. Cảm ơn bạn! Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: Order {{orderCode}} is complete; the money was released to the seller. Thank you! Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}} đã hoàn tất',
      body: 'Xin chào,\n\nĐơn hàng {{orderCode}} đã hoàn tất: TrustCircle đã chuyển tiền cho người bán. Cảm ơn bạn đã mua sắm an toàn cùng TrustCircle.\n\nTra cứu đơn hàng: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Order {{orderCode}} is complete',
      body: 'Hello,\n\nOrder {{orderCode}} is complete: TrustCircle released the money to the seller. Thank you for shopping safely with TrustCircle.\n\nLook up your order: {{lookupUrl portalUrl}}',
    },
  },
});
