import { defineTemplate } from '../template-file';

/** `marketplace-released` version 1. */
export const marketplaceReleasedV1 = defineTemplate({
  id: 'marketplace-released',
  version: 1,
  audience: 'MARKETPLACE',
  description: "Money released to the seller: the amount, the platform fee and the seller's share (escrow.escrow-released). By email.",
  channels: ['EMAIL'],
  variables: { orderCode: 'text', amount: 'vnd', feeAmount: 'vnd', sellerAmount: 'vnd' },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}}: tiền đã được giải ngân cho người bán',
      body:
        'Kính gửi Quý đối tác,\n\n' +
        'Tiền của đơn hàng {{orderCode}} đã được giải ngân: {{vnd amount}}, trong đó phí nền tảng {{vnd feeAmount}} và người bán nhận {{vnd sellerAmount}}. ' +
        'Lệnh chi trả đã được gửi tới đối tác thanh toán.',
    },
    en: {
      subject: 'Order {{orderCode}}: money released to the seller',
      body:
        'Dear partner,\n\n' +
        'The money of order {{orderCode}} was released: {{vnd amount}}, of which {{vnd feeAmount}} platform fee and {{vnd sellerAmount}} for the seller. ' +
        'A payout instruction went to the payment partner.',
    },
  },
});
