import type { PlacedOrder } from '../circle/actors';
import type { Circle } from '../circle/circle';
import type { JsonAnswer } from '../circle/http';
import { expectStatus } from '../circle/http';
import { escrowView } from '../circle/money';
import { type Scenario, type ScenarioRun, escrowIn, texted, ship, deliver } from './scenario';

/** How many orders the scenario places at most to see one payment beat its order to escrow (see below). */
const ATTEMPTS = 8;

/**
 * The marketplace cancels an order before it ships (`POST /v1/orders/{id}/cancel`, no actor method for it):
 * escrow refunds what it holds; the partner settles the refund. Used to leave no money behind on an order whose
 * payment lost the race.
 */
async function cancelAndRefund(c: Circle, order: PlacedOrder): Promise<void> {
  await expectStatus('POST /v1/orders/{id}/cancel', c.marketplace.post('orders', `/v1/orders/${order.id}/cancel`, { reason: 'Người mua đổi ý trước khi giao hàng' }), 200, 201, 202);
  await escrowIn(c, order.id, ['CANCELLED', 'REFUNDED']);
  if ((await escrowView(c.marketplace, order.id)).amounts.refunded > 0) await c.payer.settleAll(order.id);
}

/**
 * Places an order and reports its payment by payment reference at once, before escrow has consumed the order's
 * `orders.order-placed`. The reference is the order code without dashes, chosen at random by orders when the order
 * is placed, so no one (not the partner, not the marketplace) can quote it before `POST /v1/orders` answers; the
 * payment can only race the event (committed with the order, relayed at once on NOTIFY). When escrow already knew
 * the order (201), that order is cancelled and refunded, and another is placed.
 */
async function placeAndPayFirst(c: Circle): Promise<{ order: PlacedOrder; parked: JsonAnswer }> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const order = await c.marketplace.placeOrder({ inspectionDays: 3 });
    const paid = await c.payer.pay(order, { byReference: true, partnerTxnId: `TXN-FIRST-${order.paymentReference}` });
    if (paid.status === 202) return { order, parked: paid };
    if (paid.status !== 201) throw new Error(`the payment answered ${paid.status}: ${JSON.stringify(paid.body).slice(0, 600)}`);
    await cancelAndRefund(c, order);
  }
  throw new Error(`in ${ATTEMPTS} attempts no payment reached escrow before its order did (each answered 201): the race cannot be won on this machine`);
}

/** 10. Payment before the order is known: the payment is parked, then matched. */
export const paymentFirst: Scenario = {
  name: 'payment-first',
  title: 'the payment is parked, then matched',
  movesTime: false,
  async run(c: Circle): Promise<ScenarioRun> {
    const { order, parked } = await placeAndPayFirst(c);
    // Parked: escrow did not know the reference yet, so the payment waits for its order (no order id yet).
    const p = parked.body;
    if (p.status !== 'PARKED' || p.orderId !== null || p.escrowState !== null || p.match !== null) throw new Error(`the first answer is not a parked payment: ${JSON.stringify(p)}`);
    if (p.paymentReference !== order.paymentReference || p.amount !== order.totalAmount || typeof p.matchDeadline !== 'string') throw new Error(`the parked answer is ${JSON.stringify(p)}`);
    // The order arrives: the parked payment is matched to it and funds the escrow exactly.
    await escrowIn(c, order.id, 'FUNDED');
    await texted(c, order, 1);
    await texted(c, order, 2);
    // A new message about the same transaction answers as the first did (202), with the payment as it is now.
    const again = await expectStatus('the payment repeated', c.payer.pay(order, { byReference: true, partnerTxnId: `TXN-FIRST-${order.paymentReference}` }), 202);
    if (again.status !== 'MATCHED' || again.orderId !== order.id || again.match !== 'EXACT' || again.escrowState !== 'FUNDED' || again.paymentId !== p.paymentId) throw new Error(`the matched payment reads ${JSON.stringify(again)}`);

    const tn = await ship(c, order, 3);
    await deliver(c, order, tn, 4);
    // The buyer confirms receipt (signing in with a one-time code: text 5): the money is released at once.
    const confirmed = await c.buyer(order).confirmReceipt();
    if (confirmed.status !== 200 && confirmed.status !== 201) throw new Error(`confirm-receipt answered ${confirmed.status}: ${JSON.stringify(confirmed.body).slice(0, 600)}`);
    await escrowIn(c, order.id, 'RELEASED');
    await texted(c, order, 6);
    const settled = await c.payer.settleAll(order.id);
    const total = order.totalAmount;
    const fee = Math.round((total * 2) / 100);
    if (settled.length !== 1 || settled[0].kind !== 'PAYOUT' || settled[0].amount !== total - fee) throw new Error(`expected one payout of ${total - fee}, settled ${JSON.stringify(settled)}`);
    await escrowIn(c, order.id, 'PAID_OUT');
    return {
      order,
      expect: {
        escrowState: 'PAID_OUT',
        amounts: { paid: total, refunded: 0, heldNow: 0, fee, releasedToSeller: total - fee, paidOut: total - fee },
        // The order-placed text still asks for a payment already made: notifications plans the funded text, an
        // early event, after it, so the two come in this order.
        sms: [
          new RegExp(`Đơn hàng ${order.code} đã được đặt\\. Vui lòng thanh toán 1\\.235\\.000 ₫ \\(mã ${order.paymentReference}\\)`),
          new RegExp(`Đã nhận 1\\.235\\.000 ₫ cho đơn ${order.code}\\. Tiền được giữ đến khi bạn nhận hàng`),
          new RegExp(`Đơn ${order.code} đã được bàn giao cho đơn vị vận chuyển, mã vận đơn ${tn}\\.`),
          new RegExp(`Đơn ${order.code} đã giao\\. Nếu có vấn đề, hãy khiếu nại trước`),
          new RegExp(`Mã xác thực đơn hàng ${order.code} của bạn là \\d{6}, hiệu lực 5 phút`),
          new RegExp(`Đơn ${order.code} đã hoàn tất, tiền đã được chuyển cho người bán`),
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-first-scanned', 'delivery.shipment-delivered', 'escrow.inspection-started', 'escrow.inspection-ended', 'escrow.escrow-released', 'escrow.escrow-paid-out'],
      },
    };
  },
};
