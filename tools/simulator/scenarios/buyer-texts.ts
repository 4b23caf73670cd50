/**
 * The buyer's texts the scenarios expect, as patterns over the Vietnamese messages (apps/notifications/src/templates):
 * one name per message, so each scenario's expected sequence reads as the story the buyer was told.
 */
const vnd = (amount: number): string => amount.toLocaleString('de-DE').replace(/\./g, '\\.');

export const TEXT = {
  /** orders.order-placed, prepaid: pay this much by then. */
  placed: /đã được đặt\. Vui lòng thanh toán 1\.235\.000 ₫/,
  /** escrow.escrow-funded: the money is held until the buyer receives the goods. */
  funded: /Đã nhận 1\.235\.000 ₫ .*Tiền được giữ đến khi bạn nhận hàng/,
  /** delivery.shipment-first-scanned (outbound). */
  shipped: /đã được bàn giao cho đơn vị vận chuyển, mã vận đơn SIM/,
  /** escrow.inspection-started: complain by then. */
  delivered: /đã giao\. Nếu có vấn đề, hãy khiếu nại trước/,
  /** The one-time code the buyer asked for to sign in. */
  otp: /Mã xác thực đơn hàng .* là \d{6}/,
  /** disputes.dispute-opened: the merchant answers by then. */
  complaintReceived: /Đã nhận khiếu nại đơn .*Hạn người bán trả lời/,
  /** escrow.escrow-released (not after a partial refund). */
  completed: /đã hoàn tất, tiền đã được chuyển cho người bán/,
  /** disputes.dispute-resolved with a refund of `amount`. */
  resolvedWithRefund: (amount: number): RegExp => new RegExp(`Khiếu nại đơn TC-[\\w-]+ đã có kết quả: bạn được hoàn ${vnd(amount)} ₫`),
  /** escrow.escrow-refunded of `amount`. */
  refunded: (amount: number): RegExp => new RegExp(`Đơn TC-[\\w-]+ được hoàn ${vnd(amount)} ₫, tiền đang được chuyển về cho bạn`),
} as const;
