import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber } from './scenario';

const HOUR = 3_600_000;

/**
 * 8. Merchant silent: delivered; the buyer files DAMAGED asking a full refund and the marketplace never answers.
 * After the merchant-response deadline (48 h) the default judgment gives the buyer what was asked: a full refund,
 * settled by the payment partner.
 */
export const merchantSilent: Scenario = {
  name: 'merchant-silent',
  title: 'a default judgment',
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
    await c.courier.track(tn, ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY']);
    await texted(c, order, 3);
    await c.courier.track(tn, ['DELIVERED']);
    await escrowIn(c, order.id, 'IN_INSPECTION');
    await texted(c, order, 4);
    const buyer = c.buyer(order);
    await buyer.signIn();
    await texted(c, order, 5);
    await buyer.complain('DAMAGED', 'REFUND_FULL');
    await escrowIn(c, order.id, 'ON_HOLD');
    await texted(c, order, 6);
    // The marketplace never answers: the reminder (24 h ahead), then the deadline itself.
    await c.advance(24 * HOUR + 60_000);
    await c.advance(24 * HOUR);
    await escrowIn(c, order.id, 'REFUNDED');
    // The default judgment (disputes), then the refund (escrow), in the order they happened.
    await texted(c, order, 8);
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
          /đã giao\. Nếu có vấn đề, hãy khiếu nại trước/,
          /Mã xác thực đơn hàng .* là \d{6}/,
          /Đã nhận khiếu nại đơn .*Hạn người bán trả lời/,
          /Khiếu nại đơn TC-[\w-]+ đã có kết quả: bạn được hoàn 1\.235\.000 ₫/,
          /Đơn TC-[\w-]+ được hoàn 1\.235\.000 ₫, tiền đang được chuyển về cho bạn/,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'disputes.dispute-opened', 'disputes.deadline-reminder', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};
