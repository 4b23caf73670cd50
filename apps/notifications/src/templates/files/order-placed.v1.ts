import { defineTemplate } from '../template-file';

/** `order-placed` version 1. The Vietnamese SMS keeps the walking skeleton's wording (`orderPlacedSms`). */
export const orderPlacedV1 = defineTemplate({
  id: 'order-placed',
  version: 1,
  audience: 'BUYER',
  description: 'The order was placed (orders.order-placed): what to pay, the payment reference and deadline (PREPAID), or pay on delivery (COD).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: {
    orderCode: 'text',
    portalUrl: 'url',
    totalAmount: 'vnd',
    paymentMethod: ['PREPAID', 'COD'],
    paymentReference: 'text',
    paymentExpiresAt: 'time?',
  },
  sms: {
    vi:
      '{{#if (eq paymentMethod "COD")}}TrustCircle: Đơn hàng {{orderCode}} đã được đặt, thanh toán {{vnd totalAmount}} khi nhận hàng. Tra cứu: {{lookupUrl portalUrl}}' +
      '{{else}}TrustCircle: Đơn hàng {{orderCode}} đã được đặt. Vui lòng thanh toán {{vnd totalAmount}} (mã {{paymentReference}})' +
      '{{#if paymentExpiresAt}} trước {{vnTime paymentExpiresAt}}{{/if}}. Tra cứu: {{lookupUrl portalUrl}}{{/if}}',
    en:
      '{{#if (eq paymentMethod "COD")}}TrustCircle: Order {{orderCode}} has been placed; pay {{vnd totalAmount}} on delivery. Details: {{lookupUrl portalUrl}}' +
      '{{else}}TrustCircle: Order {{orderCode}} has been placed. Please pay {{vnd totalAmount}} (ref. {{paymentReference}})' +
      '{{#if paymentExpiresAt}} by {{vnTime paymentExpiresAt}}{{/if}}. Details: {{lookupUrl portalUrl}}{{/if}}',
  },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}} đã được đặt',
      body:
        'Xin chào,\n\n' +
        '{{#if (eq paymentMethod "COD")}}Đơn hàng {{orderCode}} của bạn đã được đặt. Bạn thanh toán {{vnd totalAmount}} cho người giao hàng khi nhận hàng.' +
        '{{else}}Đơn hàng {{orderCode}} của bạn đã được đặt. Vui lòng thanh toán {{vnd totalAmount}} với mã thanh toán {{paymentReference}}' +
        '{{#if paymentExpiresAt}} trước {{vnTime paymentExpiresAt}} (giờ Việt Nam){{/if}}.{{/if}}\n\n' +
        'TrustCircle giữ tiền và chỉ chuyển cho người bán khi bạn đã nhận hàng và hết thời gian kiểm tra hàng.\n\n' +
        'Tra cứu đơn hàng: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Order {{orderCode}} has been placed',
      body:
        'Hello,\n\n' +
        '{{#if (eq paymentMethod "COD")}}Your order {{orderCode}} has been placed. You pay {{vnd totalAmount}} to the courier on delivery.' +
        '{{else}}Your order {{orderCode}} has been placed. Please pay {{vnd totalAmount}} with the payment reference {{paymentReference}}' +
        '{{#if paymentExpiresAt}} by {{vnTime paymentExpiresAt}} (Vietnam time){{/if}}.{{/if}}\n\n' +
        'TrustCircle holds the money and pays the seller only once you have received the goods and the inspection period is over.\n\n' +
        'Look up your order: {{lookupUrl portalUrl}}',
    },
  },
});
