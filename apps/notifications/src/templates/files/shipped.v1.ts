import { defineTemplate } from '../template-file';

/** `shipped` version 1. */
export const shippedV1 = defineTemplate({
  id: 'shipped',
  version: 1,
  audience: 'BUYER',
  description: "The courier's first scan of the outbound parcel (delivery.shipment-first-scanned, OUTBOUND).",
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', trackingNumber: 'text' },
  sms: {
    vi: 'TrustCircle: Đơn {{orderCode}} đã được bàn giao cho đơn vị vận chuyển, mã vận đơn {{trackingNumber}}. Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: Order {{orderCode}} is with the courier, tracking number {{trackingNumber}}. Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}} đang được giao',
      body: 'Xin chào,\n\nNgười bán đã bàn giao đơn hàng {{orderCode}} cho đơn vị vận chuyển. Mã vận đơn: {{trackingNumber}}.\n\nTra cứu đơn hàng: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Order {{orderCode}} is on its way',
      body: 'Hello,\n\nThe seller has handed order {{orderCode}} to the courier. Tracking number: {{trackingNumber}}.\n\nLook up your order: {{lookupUrl portalUrl}}',
    },
  },
});
