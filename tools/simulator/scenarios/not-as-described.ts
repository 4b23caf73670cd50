import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, texted, placeAndPay, ship, deliver } from './scenario';
import { TEXT } from './buyer-texts';

/** What the merchant offers back: the rest (835,000) is released, 2 % fee on it. */
const OFFER = 400_000;

/**
 * 6. Not as described: delivered; during inspection the buyer files NOT_AS_DESCRIBED asking a full refund, the
 * merchant offers a partial refund, the buyer accepts it: the offer is refunded, the rest released to the seller
 * (fee on the released part only), and both instructions are settled.
 */
export const notAsDescribed: Scenario = {
  name: 'not-as-described',
  title: 'a partial offer is accepted, and the rest is released',
  movesTime: false,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await placeAndPay(c, { inspectionDays: 3 });
    const tn = await ship(c, order, 3);
    await deliver(c, order, tn, 4);
    const buyer = c.buyer(order);
    await buyer.signIn();
    await texted(c, order, 5);
    const disputeId = await buyer.complain('NOT_AS_DESCRIBED', 'REFUND_FULL');
    await escrowIn(c, order.id, 'ON_HOLD');
    await texted(c, order, 6);
    await c.marketplace.respond(disputeId, 'OFFER_PARTIAL', OFFER);
    await texted(c, order, 7);
    await buyer.answerOffer(disputeId, 'ACCEPT');
    await escrowIn(c, order.id, 'PARTIALLY_REFUNDED');
    // Disputes' resolution, then escrow's refund, in the order they happened; the release of the rest is not texted
    // to the buyer ("the money went to the seller" would read as if all of it had).
    await texted(c, order, 9);
    const settled = await c.payer.settleAll(order.id, 2);
    const kinds = settled.map((s) => `${s.kind} ${s.amount}`).sort();
    const released = order.totalAmount - OFFER;
    const fee = (released * 2) / 100;
    if (kinds.join() !== [`PAYOUT ${released - fee}`, `REFUND ${OFFER}`].join()) throw new Error(`unexpected instructions ${JSON.stringify(settled)}`);
    await escrowIn(c, order.id, 'PAID_OUT');
    return {
      order,
      expect: {
        escrowState: 'PAID_OUT',
        amounts: { paid: order.totalAmount, refunded: OFFER, fee, releasedToSeller: released - fee, paidOut: released - fee, heldNow: 0 },
        sms: [
          TEXT.placed,
          TEXT.funded,
          TEXT.shipped,
          TEXT.delivered,
          TEXT.otp,
          TEXT.complaintReceived,
          /người bán đề nghị hoàn 400\.000 ₫, hạn trả lời/,
          TEXT.resolvedWithRefund(400_000),
          TEXT.refunded(400_000),
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'disputes.dispute-opened', 'disputes.merchant-responded', 'disputes.offer-made', 'disputes.offer-accepted', 'disputes.dispute-resolved', 'escrow.escrow-refunded', 'escrow.escrow-released', 'escrow.escrow-paid-out'],
      },
    };
  },
};
