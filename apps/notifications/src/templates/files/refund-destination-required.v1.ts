import { defineTemplate } from '../template-file';

/**
 * `refund-destination-required` version 1: a cash-on-delivery buyer is owed a refund and escrow has nowhere to send
 * it (they paid the courier in cash): they give a bank account or e-wallet in the buyer portal. It never asks for a
 * password or a bank code, and says so in the email (the SMS has no room).
 */
export const refundDestinationRequiredV1 = defineTemplate({
  id: 'refund-destination-required',
  version: 1,
  audience: 'BUYER',
  description: 'A COD buyer is owed a refund: give a bank account or e-wallet in the buyer portal to receive it (escrow.refund-destination-required).',
  channels: ['SMS', 'ZALO', 'EMAIL'],
  variables: { orderCode: 'text', portalUrl: 'url', amount: 'vnd' },
  sms: {
    vi: 'TrustCircle: Đơn {{orderCode}} được hoàn {{vnd amount}}. Nhập tài khoản ngân hàng hoặc ví để nhận tiền: {{lookupUrl portalUrl}}',
    en: 'TrustCircle: Order {{orderCode}}: {{vnd amount}} is to be refunded to you. Enter a bank account or e-wallet to receive it: {{lookupUrl portalUrl}}',
  },
  email: {
    vi: {
      subject: 'Đơn hàng {{orderCode}}: nhập tài khoản để nhận tiền hoàn',
      body:
        'Xin chào,\n\n' +
        'Bạn được hoàn {{vnd amount}} từ đơn hàng {{orderCode}}. Vì bạn đã thanh toán tiền mặt khi nhận hàng, TrustCircle cần tài khoản ngân hàng hoặc ví điện tử của bạn để chuyển tiền. ' +
        'Vui lòng tra cứu đơn hàng (mã đơn hàng, số điện thoại và mã xác thực gửi qua SMS) và nhập tài khoản nhận tiền; tiền được chuyển sau khi bạn nhập.\n\n' +
        'TrustCircle không bao giờ hỏi mật khẩu hay mã OTP ngân hàng của bạn.\n\n' +
        'Nhập tài khoản nhận tiền: {{lookupUrl portalUrl}}',
    },
    en: {
      subject: 'Order {{orderCode}}: enter an account to receive your refund',
      body:
        'Hello,\n\n' +
        'You are owed a refund of {{vnd amount}} from order {{orderCode}}. As you paid cash on delivery, TrustCircle needs your bank account or e-wallet to send it to. ' +
        'Please look up your order (order code, phone number and the code we text you) and enter the account; the money is sent once you do.\n\n' +
        'TrustCircle never asks for your password or your bank one-time codes.\n\n' +
        'Enter your refund account: {{lookupUrl portalUrl}}',
    },
  },
});
