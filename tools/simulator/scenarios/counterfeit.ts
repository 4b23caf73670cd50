import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber } from './scenario';

/**
 * 7. Counterfeit: delivered; the buyer files COUNTERFEIT asking a full refund, the merchant rejects (with a link),
 * the buyer escalates, a mediator decides REFUND_FULL; the refund is settled and the escrow is REFUNDED.
 */
export const counterfeit: Scenario = {
  name: 'counterfeit',
  title: 'the merchant rejects, the buyer escalates, and the mediator refunds in full',
  movesTime: false,
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
    const disputeId = await buyer.complain('COUNTERFEIT', 'REFUND_FULL');
    await escrowIn(c, order.id, 'ON_HOLD');
    await texted(c, order, 6);
    await c.marketplace.respond(disputeId, 'REJECT');
    await texted(c, order, 7);
    await buyer.escalate(disputeId);
    await texted(c, order, 8);
    await c.mediator.decide(disputeId, 'REFUND_FULL');
    await escrowIn(c, order.id, 'REFUNDED');
    // The mediator's decision, then escrow's refund, in the order they happened (the resolution that follows the
    // decision is not texted again).
    await texted(c, order, 10);
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
          /người bán từ chối\. Hạn yêu cầu hòa giải/,
          /Hòa giải viên sẽ quyết định khiếu nại đơn .* trước/,
          /Quyết định hòa giải đơn TC-[\w-]+: hoàn toàn bộ tiền cho bạn/,
          /Đơn TC-[\w-]+ được hoàn 1\.235\.000 ₫, tiền đang được chuyển về cho bạn/,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'disputes.dispute-opened', 'disputes.merchant-responded', 'disputes.dispute-escalated', 'disputes.dispute-decided', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};
