import { waitFor } from '@trustcircle/testing';
import type { Circle } from '../circle/circle';
import { escrowView } from '../circle/money';
import { type Scenario, type ScenarioRun, escrowIn, placeAndPay, ship, fullyRefunded } from './scenario';

/** 4. Failed delivery: three failed attempts, the return delivered to the seller, then the refund. */
export const failedDelivery: Scenario = {
  name: 'failed-delivery',
  title: 'three failed attempts, the return delivered to the seller, then the refund',
  movesTime: true,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await placeAndPay(c, { inspectionDays: 3 });
    const tn = await ship(c, order, 3);
    // Three attempts at the door, none answered: the delivery has failed for good. No money moves yet.
    await c.courier.track(tn, ['DELIVERY_FAILED', 'OUT_FOR_DELIVERY', 'DELIVERY_FAILED', 'OUT_FOR_DELIVERY', 'DELIVERY_FAILED']);
    await waitFor(() => c.webhooks.typesFor(order.id).includes('delivery.shipment-delivery-failed-finally') || undefined, { what: `the delivery of ${order.code} failed for good`, timeoutMs: 30_000, intervalMs: 100 });
    const failed = await escrowView(c.marketplace, order.id);
    if (failed.state !== 'FUNDED' || failed.amounts.heldNow !== order.totalAmount) throw new Error(`a failed delivery alone moved money: ${JSON.stringify(failed)}`);
    // The courier takes the parcel back; it is back with the seller: the buyer gets everything back.
    await c.courier.track(tn, ['RETURNING', 'RETURNED']);
    await escrowIn(c, order.id, 'REFUNDED');
    const settled = await c.payer.settleAll(order.id);
    if (settled.length !== 1 || settled[0].kind !== 'REFUND' || settled[0].amount !== order.totalAmount) throw new Error(`expected one refund of ${order.totalAmount}, settled ${JSON.stringify(settled)}`);
    await escrowIn(c, order.id, 'REFUNDED');
    return {
      order,
      expect: {
        escrowState: 'REFUNDED',
        amounts: fullyRefunded(order),
        // Nothing tells the buyer that the delivery failed for good or that the parcel went back: see the report.
        sms: [
          new RegExp(`Đơn hàng ${order.code} đã được đặt\\. Vui lòng thanh toán 1\\.235\\.000 ₫ \\(mã ${order.paymentReference}\\)`),
          new RegExp(`Đã nhận 1\\.235\\.000 ₫ cho đơn ${order.code}\\. Tiền được giữ đến khi bạn nhận hàng`),
          new RegExp(`Đơn ${order.code} đã được bàn giao cho đơn vị vận chuyển, mã vận đơn ${tn}\\.`),
          new RegExp(`Đơn ${order.code} được hoàn 1\\.235\\.000 ₫, tiền đang được chuyển về cho bạn`),
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-first-scanned', 'delivery.shipment-delivery-failed-finally', 'delivery.shipment-returned', 'escrow.escrow-refunded'],
      },
    };
  },
};
