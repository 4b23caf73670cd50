import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, placeAndPay, ship, deliver, settleFullRefund, fullyRefunded } from './scenario';
import { TEXT } from './buyer-texts';

/**
 * 7. Counterfeit: delivered; the buyer files COUNTERFEIT asking a full refund, the merchant rejects (with a link),
 * the buyer escalates, a mediator decides REFUND_FULL; the refund is settled and the escrow is REFUNDED.
 */
export const counterfeit: Scenario = {
  name: 'counterfeit',
  title: 'the merchant rejects, the buyer escalates, and the mediator refunds in full',
  movesTime: false,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await placeAndPay(c, { inspectionDays: 3 });
    const tn = await ship(c, order, 3);
    await deliver(c, order, tn, 4);
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
    await settleFullRefund(c, order);
    await escrowIn(c, order.id, 'REFUNDED');
    return {
      order,
      expect: {
        escrowState: 'REFUNDED',
        amounts: fullyRefunded(order),
        sms: [
          TEXT.placed,
          TEXT.funded,
          TEXT.shipped,
          TEXT.delivered,
          TEXT.otp,
          TEXT.complaintReceived,
          /người bán từ chối\. Hạn yêu cầu hòa giải/,
          /Hòa giải viên sẽ quyết định khiếu nại đơn .* trước/,
          /Quyết định hòa giải đơn TC-[\w-]+: hoàn toàn bộ tiền cho bạn/,
          TEXT.refunded(1_235_000),
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'disputes.dispute-opened', 'disputes.merchant-responded', 'disputes.dispute-escalated', 'disputes.dispute-decided', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};
