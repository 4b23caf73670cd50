import type { PlacedOrder } from '../circle/actors';
import type { Circle } from '../circle/circle';
import { e164 } from '../circle/http';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber } from './scenario';

const DAY = 86_400_000;

/**
 * Waits for the buyer's texts `before + 1` to `before + patterns.length`, which one step caused together (e.g. a
 * resolution in disputes and the refund in escrow), and checks that they are exactly one text per pattern, in any
 * order; answers the patterns in the order the texts arrived (for the sequence the suite checks). The buyer's SMS
 * carry no ordering key in notifications, so texts of one step may reach the provider in either order (reported).
 */
export async function textsInAnyOrder(c: Circle, order: PlacedOrder, before: number, patterns: readonly RegExp[]): Promise<RegExp[]> {
  await texted(c, order, before + patterns.length);
  const got = c.sms.texts(e164(order.phone)).slice(before, before + patterns.length);
  const left = [...patterns];
  const arrived: RegExp[] = [];
  for (const text of got) {
    const i = left.findIndex((p) => p.test(text));
    if (i < 0) throw new Error(`the buyer's text "${text}" is none of ${left.join(', ')} (texts ${before + 1}-${before + patterns.length}: ${got.join(' | ')})`);
    arrived.push(...left.splice(i, 1));
  }
  return arrived;
}

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
    // Disputes' resolution and escrow's refund, texted in either order.
    const outcome = await textsInAnyOrder(c, order, 5, [/Khiếu nại đơn TC-[\w-]+ đã có kết quả: bạn được hoàn 1\.235\.000 ₫/, /Đơn TC-[\w-]+ được hoàn 1\.235\.000 ₫, tiền đang được chuyển về cho bạn/]);
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
          ...outcome,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-first-scanned', 'disputes.dispute-opened', 'disputes.hold-outcome-recorded', 'disputes.merchant-responded', 'disputes.dispute-resolved', 'escrow.escrow-refunded'],
      },
    };
  },
};
