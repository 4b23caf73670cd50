import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber } from './scenario';

const DAY = 86_400_000;

/**
 * 1. Placed, funded, picked up, delivered, inspection ends, released (fee taken, the rest to the seller), payout
 * settled. On the wall clock (the simulator under `npm start`) the inspection window is zero days, so the release
 * follows the delivery at the next deadline sweep.
 */
export const happyPath: Scenario = {
  name: 'happy-path',
  title: 'placed, funded, delivered, inspection ends, released and paid out',
  movesTime: false,
  async run(c: Circle): Promise<ScenarioRun> {
    const inspectionDays = c.canMoveTime ? 3 : 0;
    const order = await c.marketplace.placeOrder({ inspectionDays });
    await escrowIn(c, order.id, 'AWAITING_FUNDING');
    await texted(c, order, 1);
    const paid = await c.payer.pay(order);
    if (paid.status !== 201) throw new Error(`payment answered ${paid.status}`);
    await escrowIn(c, order.id, 'FUNDED');
    await texted(c, order, 2);
    const tn = trackingNumber(order);
    await c.marketplace.registerShipment(order.id, c.courier.id, tn);
    await c.courier.track(tn, ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY']);
    await texted(c, order, 3);
    await c.courier.track(tn, ['DELIVERED']);
    await escrowIn(c, order.id, c.canMoveTime ? 'IN_INSPECTION' : ['IN_INSPECTION', 'RELEASED']);
    await texted(c, order, 4);
    if (c.canMoveTime) await c.advance(inspectionDays * DAY + 60_000);
    await escrowIn(c, order.id, 'RELEASED');
    await c.payer.settleAll(order.id);
    const v = await escrowIn(c, order.id, 'PAID_OUT');
    return {
      order,
      expect: {
        escrowState: 'PAID_OUT',
        amounts: { paid: order.totalAmount, refunded: 0, heldNow: 0, paidOut: v.amounts.releasedToSeller },
        sms: [
          /đã được đặt\. Vui lòng thanh toán 1\.235\.000 ₫/,
          /Đã nhận 1\.235\.000 ₫ .*Tiền được giữ đến khi bạn nhận hàng/,
          /đã được bàn giao cho đơn vị vận chuyển, mã vận đơn SIM/,
          /đã giao\. Nếu có vấn đề, hãy khiếu nại trước/,
          /đã hoàn tất, tiền đã được chuyển cho người bán/,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'escrow.escrow-released', 'escrow.escrow-paid-out'],
      },
    };
  },
};
