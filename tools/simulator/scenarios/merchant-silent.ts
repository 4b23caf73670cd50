import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, placeAndPay, ship, deliver, settleFullRefund, fullyRefunded } from './scenario';
import { TEXT } from './buyer-texts';

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
    const order = await placeAndPay(c, { inspectionDays: 3 });
    const tn = await ship(c, order, 3);
    await deliver(c, order, tn, 4);
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
          TEXT.resolvedWithRefund(1_235_000),
          TEXT.refunded(1_235_000),
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'disputes.dispute-opened', 'disputes.deadline-reminder', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};
