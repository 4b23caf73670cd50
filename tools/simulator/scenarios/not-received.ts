import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber } from './scenario';

const DAY = 86_400_000;

/**
 * 5. Not received: funded, picked up and in transit, never delivered. Once the expected delivery (registered at
 * +3 days) has passed, the buyer files NOT_RECEIVED asking a full refund; the merchant accepts; the whole payment
 * is refunded and the payment partner settles the refund.
 */
export const notReceived: Scenario = {
  name: 'not-received',
  title: 'the merchant accepts and the refund is full',
  movesTime: true,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await c.marketplace.placeOrder({ inspectionDays: 3 });
    await escrowIn(c, order.id, 'AWAITING_FUNDING');
    await texted(c, order, 1);
    const paid = await c.payer.pay(order);
    if (paid.status !== 201) throw new Error(`payment answered ${paid.status}`);
    await escrowIn(c, order.id, 'FUNDED');
    await texted(c, order, 2);
    const tn = trackingNumber(order);
    await c.marketplace.registerShipment(order.id, c.courier.id, tn);
    await c.courier.track(tn, ['PICKED_UP', 'IN_TRANSIT']);
    await texted(c, order, 3);
    // The parcel never comes: the expected delivery (+3 days) passes.
    await c.advance(3 * DAY + 60 * 60_000);
    await escrowIn(c, order.id, 'FUNDED');
    const buyer = c.buyer(order);
    await buyer.signIn();
    await texted(c, order, 4);
    const disputeId = await buyer.complain('NOT_RECEIVED', 'REFUND_FULL');
    await escrowIn(c, order.id, 'ON_HOLD');
    await texted(c, order, 5);
    await c.marketplace.respond(disputeId, 'ACCEPT');
    await escrowIn(c, order.id, 'REFUNDED');
    // Disputes' resolution, then escrow's refund, in the order they happened.
    await texted(c, order, 7);
    const settled = await c.payer.settleAll(order.id);
    if (settled.length !== 1 || settled[0].kind !== 'REFUND' || settled[0].amount !== order.totalAmount) throw new Error(`expected one full REFUND instruction, got ${JSON.stringify(settled)}`);
    await escrowIn(c, order.id, 'REFUNDED');
    return {
      order,
      expect: {
        escrowState: 'REFUNDED',
        amounts: { paid: order.totalAmount, refunded: order.totalAmount, releasedToSeller: 0, fee: 0, paidOut: 0, heldNow: 0 },
        sms: [
          /đã được đặt\. Vui lòng thanh toán 1\.235\.000 ₫/,
          /Đã nhận 1\.235\.000 ₫ .*Tiền được giữ đến khi bạn nhận hàng/,
          /đã được bàn giao cho đơn vị vận chuyển, mã vận đơn SIM/,
          /Mã xác thực đơn hàng .* là \d{6}/,
          /Đã nhận khiếu nại đơn .*Hạn người bán trả lời/,
          /Khiếu nại đơn TC-[\w-]+ đã có kết quả: bạn được hoàn 1\.235\.000 ₫/,
          /Đơn TC-[\w-]+ được hoàn 1\.235\.000 ₫, tiền đang được chuyển về cho bạn/,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-first-scanned', 'disputes.dispute-opened', 'disputes.hold-outcome-recorded', 'disputes.merchant-responded', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};
