import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, placeAndPay, fullyRefunded } from './scenario';

const DAY = 86_400_000;

/** 3. Never shipped: the ship-by deadline passes and the buyer is refunded. */
export const neverShipped: Scenario = {
  name: 'never-shipped',
  title: 'the ship-by deadline passes and the buyer is refunded',
  movesTime: true,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await placeAndPay(c, { shipByDays: 5 });
    const funded = await escrowIn(c, order.id, 'FUNDED');
    const shipBy = funded.deadlines.shipByAt;
    if (!shipBy) throw new Error('the funded escrow has no ship-by deadline');

    // Four days on, nothing has happened yet: no courier scan, but still time to ship, so no refund. (Read on the
    // partner's side: the operator's session would not survive the jump, and operator sign-ins are limited.)
    await c.advance(4 * DAY);
    const early = await c.payer.pendingInstructions(order.id);
    if (early.length !== 0 || c.webhooks.typesFor(order.id).includes('escrow.escrow-refunded')) throw new Error(`refunded before the ship-by deadline: ${JSON.stringify(early)}`);
    // Past the deadline: the seller never handed the parcel over, the buyer gets everything back.
    await c.advance(DAY + 60_000);
    if (c.at.now().getTime() <= new Date(shipBy).getTime()) throw new Error(`the clocks are at ${c.at.now().toISOString()}, not past ship-by ${shipBy}`);
    const settled = await c.payer.settleAll(order.id);
    await escrowIn(c, order.id, 'REFUNDED');
    await texted(c, order, 3);
    if (settled.length !== 1 || settled[0].kind !== 'REFUND' || settled[0].amount !== order.totalAmount) throw new Error(`expected one refund of ${order.totalAmount}, settled ${JSON.stringify(settled)}`);
    await escrowIn(c, order.id, 'REFUNDED');
    return {
      order,
      expect: {
        escrowState: 'REFUNDED',
        amounts: fullyRefunded(order),
        // The refund text gives no reason (the seller did not ship by the deadline): see the report.
        sms: [
          new RegExp(`Đơn hàng ${order.code} đã được đặt\\. Vui lòng thanh toán 1\\.235\\.000 ₫ \\(mã ${order.paymentReference}\\)`),
          new RegExp(`Đã nhận 1\\.235\\.000 ₫ cho đơn ${order.code}\\. Tiền được giữ đến khi bạn nhận hàng`),
          new RegExp(`Đơn ${order.code} được hoàn 1\\.235\\.000 ₫, tiền đang được chuyển về cho bạn`),
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'escrow.escrow-refunded'],
      },
    };
  },
};
