import { waitFor } from '@trustcircle/testing';
import type { Circle } from '../circle/circle';
import { escrowView } from '../circle/money';
import { type Scenario, type ScenarioRun, escrowIn, texted, ship } from './scenario';
import { TEXT } from './buyer-texts';

const DAY = 86_400_000;

/**
 * 11. COD: a cash-on-delivery order is shipped and delivered, the courier collects the total at the door (the
 * inspection window opens with nothing held yet), then remits the cash in a signed batch into the collection
 * account of the circle's payment partner (escrow now holds it); the window ends, escrow releases (fee taken) and
 * that partner settles the seller's payout.
 */
export const cashOnDelivery: Scenario = {
  name: 'cash-on-delivery',
  title: 'collected, remitted, inspection, release',
  movesTime: true,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await c.marketplace.placeOrder({ paymentMethod: 'COD', inspectionDays: 3 });
    await escrowIn(c, order.id, 'AWAITING_DELIVERY');
    await texted(c, order, 1);
    const tn = await ship(c, order, 2);
    await c.courier.track(tn, ['DELIVERED'], { codAmount: order.totalAmount });
    const delivered = await escrowIn(c, order.id, 'IN_INSPECTION');
    if (delivered.amounts.heldNow !== 0 || delivered.amounts.paid !== 0) throw new Error(`cash counted before it was remitted: ${JSON.stringify(delivered.amounts)}`);
    await texted(c, order, 3);

    // The courier remits the cash it collected (the partner's settings may take a moment to reach escrow).
    const remittanceId = `RM-${order.code.replace(/\W/g, '')}`;
    const remitted = await waitFor(
      async () => {
        const a = await c.courier.remit([{ trackingNumber: tn, amount: order.totalAmount }], remittanceId);
        if (a.status !== 201) throw new Error(`the remittance answered ${a.status}: ${JSON.stringify(a.body).slice(0, 400)}`);
        return a.body;
      },
      { what: 'the COD remittance to be recorded', timeoutMs: 60_000, intervalMs: 500 },
    );
    if (remitted.fundedAmount !== order.totalAmount || remitted.refusedAmount !== 0) throw new Error(`the remittance was not funded in full: ${JSON.stringify(remitted)}`);
    await waitFor(async () => ((await escrowView(c.marketplace, order.id)).amounts.heldNow === order.totalAmount ? true : undefined), { what: 'escrow to hold the remitted cash', timeoutMs: 30_000, intervalMs: 100 });
    // Another batch under the same remittance id (a new transfer time and bank reference) is a conflict: nothing moves.
    const clash = await c.courier.remit([{ trackingNumber: tn, amount: order.totalAmount }], remittanceId);
    if (clash.status !== 409) throw new Error(`a different batch under a used remittance id answered ${clash.status}: ${JSON.stringify(clash.body).slice(0, 400)}`);
    const held = await escrowView(c.marketplace, order.id);
    if (held.amounts.paid !== order.totalAmount || held.amounts.heldNow !== order.totalAmount) throw new Error(`the clashing batch moved money: ${JSON.stringify(held.amounts)}`);
    await texted(c, order, 4);

    await c.advance(3 * DAY + 60_000);
    const released = await escrowIn(c, order.id, 'RELEASED');
    const settled = await c.payer.settleAll(order.id);
    if (settled.length !== 1 || settled[0].kind !== 'PAYOUT' || settled[0].amount !== released.amounts.releasedToSeller) throw new Error(`expected one PAYOUT to the seller, settled ${JSON.stringify(settled)}`);
    await escrowIn(c, order.id, 'PAID_OUT');
    await texted(c, order, 5);
    const fee = (order.totalAmount * 200) / 10_000;
    return {
      order,
      expect: {
        escrowState: 'PAID_OUT',
        amounts: { paid: order.totalAmount, refunded: 0, heldNow: 0, fee, releasedToSeller: order.totalAmount - fee, paidOut: order.totalAmount - fee },
        sms: [
          /đã được đặt, thanh toán 1\.235\.000 ₫ khi nhận hàng/,
          TEXT.shipped,
          TEXT.delivered,
          /Đã nhận 1\.235\.000 ₫ thu hộ đơn TC-.*\. Tiền được giữ đến hết hạn khiếu nại/,
          TEXT.completed,
        ],
        webhooks: ['orders.order-placed', 'delivery.shipment-delivered', 'escrow.cod-remitted', 'escrow.inspection-started', 'escrow.escrow-released', 'escrow.escrow-paid-out'],
      },
    };
  },
};
