import { defineTemplate } from '../template-file';

/** `escrow-funded` version 1: PREPAID (paid by the buyer, held until delivery) or COD (cash collected, held until the window ends). */
export const escrowFundedV1 = defineTemplate({
  id: 'escrow-funded',
  version: 1,
  audience: 'BUYER',
  description: 'The money is paid and held (escrow.escrow-funded): by the buyer (PREPAID), or the cash the courier collected (COD_REMITTANCE).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', heldAmount: 'vnd', source: ['PREPAID', 'COD_REMITTANCE'] },
  sms: {
    vi:
      '{{#if (eq source "COD_REMITTANCE")}}TrustCircle: Đã nhận {{vnd heldAmount}} thu hộ đơn {{orderCode}}. Tiền được giữ đến hết hạn khiếu nại.' +
      '{{else if (eq source "PREPAID")}}TrustCircle: Đã nhận {{vnd heldAmount}} cho đơn {{orderCode}}. Tiền được giữ đến khi bạn nhận hàng.{{/if}}' +
      ' Tra cứu: {{lookupUrl portalUrl}}',
    en:
      '{{#if (eq source "COD_REMITTANCE")}}TrustCircle: We received the {{vnd heldAmount}} you paid on delivery for order {{orderCode}} and hold it until the complaint period ends.' +
      '{{else if (eq source "PREPAID")}}TrustCircle: We received {{vnd heldAmount}} for order {{orderCode}} and hold it safely until you have the goods.{{/if}}' +
      ' Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}}: đã nhận thanh toán',
      body:
        'Xin chào,\n\n' +
        '{{#if (eq source "COD_REMITTANCE")}}TrustCircle đã nhận {{vnd heldAmount}} bạn thanh toán khi nhận đơn hàng {{orderCode}}. Số tiền được giữ an toàn và chỉ chuyển cho người bán khi hết thời gian kiểm tra hàng mà không có khiếu nại.' +
        '{{else if (eq source "PREPAID")}}TrustCircle đã nhận {{vnd heldAmount}} cho đơn hàng {{orderCode}}. Số tiền được giữ an toàn và chỉ chuyển cho người bán khi bạn đã nhận hàng và hết thời gian kiểm tra hàng.{{/if}}\n\n' +
        'Tra cứu đơn hàng: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Order {{orderCode}}: payment received',
      body:
        'Hello,\n\n' +
        '{{#if (eq source "COD_REMITTANCE")}}TrustCircle received the {{vnd heldAmount}} you paid on delivery of order {{orderCode}}. The money is held safely and paid to the seller only once the inspection period is over with no complaint.' +
        '{{else if (eq source "PREPAID")}}TrustCircle received {{vnd heldAmount}} for order {{orderCode}}. The money is held safely and paid to the seller only once you have received the goods and the inspection period is over.{{/if}}\n\n' +
        'Look up your order: {{lookupUrl portalUrl}}',
    },
  },
});
