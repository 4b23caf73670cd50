import type { Circle } from '../circle/circle';
import { escrowView } from '../circle/money';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber, placeAndPay, ship, deliver, fullyRefunded } from './scenario';
import { TEXT } from './buyer-texts';

const DAY = 86_400_000;

/**
 * 9. Return and refund: delivered; the buyer complains of the wrong item and asks to return it for a refund; the
 * merchant accepts (the dispute now waits for the return). The money stays held, with no refund instruction,
 * until the marketplace registers the return parcel and the courier delivers it back to the seller; then the
 * whole order is refunded and the partner settles the refund.
 */
export const returnAndRefund: Scenario = {
  name: 'return-and-refund',
  title: 'the refund waits for the return shipment',
  movesTime: true,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await placeAndPay(c, { inspectionDays: 3 });
    const tn = await ship(c, order, 3);
    await deliver(c, order, tn, 4);

    // The buyer got the wrong item: signs in (text 5, the one-time code) and asks to send it back for a refund.
    const buyer = c.buyer(order);
    const disputeId = await buyer.complain('WRONG_ITEM', 'RETURN_AND_REFUND');
    await escrowIn(c, order.id, 'ON_HOLD');
    await texted(c, order, 6);
    const accepted = await c.marketplace.respond(disputeId, 'ACCEPT');
    if (accepted.state !== 'AWAITING_RETURN' || accepted.outcome !== 'RETURN_AND_REFUND') throw new Error(`the merchant's ACCEPT left the dispute ${JSON.stringify(accepted)}`);
    await texted(c, order, 7);

    // The refund waits for the return: still held in full, no instruction, even once the inspection window is over.
    await c.advance(3 * DAY + 60_000);
    await waitForOutbox();
    await assertStillHeld(c, order.id, order.totalAmount);
    const rtn = trackingNumber(order, 'R');
    await c.marketplace.registerShipment(order.id, c.courier.id, rtn, 'RETURN');
    await c.courier.track(rtn, ['PICKED_UP', 'IN_TRANSIT']);
    await waitForOutbox();
    await assertStillHeld(c, order.id, order.totalAmount);

    // Delivered back to the seller: the whole order is refunded, and the partner settles the refund.
    await c.courier.track(rtn, ['DELIVERED']);
    await escrowIn(c, order.id, 'REFUNDED');
    await texted(c, order, 8);
    const settled = await c.payer.settleAll(order.id);
    if (settled.length !== 1 || settled[0].kind !== 'REFUND' || settled[0].amount !== order.totalAmount) throw new Error(`expected one REFUND of the total, settled ${JSON.stringify(settled)}`);
    const v = await escrowIn(c, order.id, 'REFUNDED');
    const done = v.instructions.filter((i) => i.kind === 'REFUND' && i.status === 'SETTLED');
    if (done.length !== 1 || v.instructions.length !== 1) throw new Error(`expected exactly one settled REFUND, got ${JSON.stringify(v.instructions)}`);
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
          /Mã xác thực đơn hàng TC-.* là \d{6}, hiệu lực 5 phút/,
          /Đã nhận khiếu nại đơn TC-.*\. Hạn người bán trả lời:/,
          /Khiếu nại đơn TC-.* đã có kết quả: gửi trả hàng để được hoàn 1\.235\.000 ₫/,
          /được hoàn 1\.235\.000 ₫, tiền đang được chuyển về cho bạn/,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'disputes.dispute-opened', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};

/** Lets events in flight (outbox relays poll every 200 ms on test stacks) reach escrow before a "nothing happened" check. */
function waitForOutbox(ms = 1500): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The escrow still holds the whole payment for the dispute, and no refund (or payout) was instructed. */
async function assertStillHeld(c: Circle, orderId: string, total: number): Promise<void> {
  const v = await escrowView(c.marketplace, orderId);
  if (v.state !== 'ON_HOLD' || v.amounts.heldNow !== total || v.amounts.refunded !== 0 || v.instructions.length > 0) {
    throw new Error(`the refund did not wait for the return: ${v.state}, amounts ${JSON.stringify(v.amounts)}, instructions ${JSON.stringify(v.instructions)}`);
  }
  const pending = await c.payer.pendingInstructions(orderId);
  if (pending.length > 0) throw new Error(`an instruction before the return was delivered: ${JSON.stringify(pending)}`);
}
