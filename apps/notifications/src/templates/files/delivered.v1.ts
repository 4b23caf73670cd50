import { defineTemplate } from '../template-file';

/** `delivered` version 1. */
export const deliveredV1 = defineTemplate({
  id: 'delivered',
  version: 1,
  audience: 'BUYER',
  description: "Delivered: the inspection window runs until endsAt, shown in Vietnam time (escrow.inspection-started).",
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', endsAt: 'time' },
  sms: {
    vi: 'TrustCircle: Đơn {{orderCode}} đã giao. Nếu có vấn đề, hãy khiếu nại trước {{vnTime endsAt}}. Tra cứu: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: Order {{orderCode}} was delivered. If anything is wrong, complain before {{vnTime endsAt}}. Details: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}} đã giao thành công',
      body:
        'Xin chào,\n\n' +
        'Đơn hàng {{orderCode}} đã được giao. Vui lòng kiểm tra hàng: nếu có vấn đề, bạn có thể khiếu nại trực tuyến trước {{vnTime endsAt}} (giờ Việt Nam). Sau thời điểm này, tiền sẽ được chuyển cho người bán.\n\n' +
        'Tra cứu và khiếu nại: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Order {{orderCode}} was delivered',
      body:
        'Hello,\n\n' +
        'Order {{orderCode}} was delivered. Please check the goods: if anything is wrong, you can complain online before {{vnTime endsAt}} (Vietnam time). After that, the money is paid to the seller.\n\n' +
        'Look up or complain: {{lookupUrl portalUrl}}',
    },
  },
});
