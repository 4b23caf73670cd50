import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber, placeAndPay, settleFullRefund, fullyRefunded } from './scenario';
import { TEXT } from './buyer-texts';

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
    const order = await placeAndPay(c, { inspectionDays: 3 });
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
          TEXT.otp,
          TEXT.complaintReceived,
          TEXT.resolvedWithRefund(1_235_000),
          TEXT.refunded(1_235_000),
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-first-scanned', 'disputes.dispute-opened', 'disputes.hold-outcome-recorded', 'disputes.merchant-responded', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};
