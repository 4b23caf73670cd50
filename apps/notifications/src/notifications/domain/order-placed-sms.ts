import type { OrderPlacedV1 } from '@trustcircle/contracts';
import { formatVnd, formatVnTime } from './vietnamese-format';

/**
 * The buyer's SMS when an order is placed (Vietnamese), with the order code, the amount to pay, the payment
 * reference and deadline for PREPAID orders, and the lookup link.
 */
export function orderPlacedSms(order: OrderPlacedV1, portalUrl: string): string {
  const link = `${portalUrl.replace(/\/$/, '')}/tra-cuu`;
  if (order.paymentMethod === 'COD') {
    return `TrustCircle: Đơn hàng ${order.code} đã được đặt, thanh toán ${formatVnd(order.totalAmount)} khi nhận hàng. Tra cứu: ${link}`;
  }
  const deadline = order.paymentExpiresAt ? ` trước ${formatVnTime(new Date(order.paymentExpiresAt))}` : '';
  return `TrustCircle: Đơn hàng ${order.code} đã được đặt. Vui lòng thanh toán ${formatVnd(order.totalAmount)} (mã ${order.paymentReference})${deadline}. Tra cứu: ${link}`;
}
