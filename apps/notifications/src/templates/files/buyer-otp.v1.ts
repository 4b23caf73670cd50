import { defineTemplate } from '../template-file';

/**
 * `buyer-otp` version 1. SMS only: a one-time code never appears in clear outside the SMS itself (issue 7,
 * "Secrets"), so there is no Zalo or email version. The Vietnamese text keeps the walking skeleton's wording
 * (`buyerOtpSms`), which has no lookup link: the buyer is on the portal already. The stored copy is rendered with
 * `otp: '******'`.
 */
export const buyerOtpV1 = defineTemplate({
  id: 'buyer-otp',
  version: 1,
  audience: 'BUYER',
  description: 'The one-time code to open an order on the portal (orders.buyer-otp-requested). SMS only.',
  channels: ['SMS'],
  variables: { orderCode: 'text', otp: 'text', validMinutes: 'int' },
  sms: {
    vi: 'TrustCircle: Mã xác thực đơn hàng {{orderCode}} của bạn là {{otp}}, hiệu lực {{validMinutes}} phút. Không chia sẻ mã này.',
    en: 'TrustCircle: Your verification code for order {{orderCode}} is {{otp}}, valid for {{validMinutes}} min. Do not share this code.',
  },
});
