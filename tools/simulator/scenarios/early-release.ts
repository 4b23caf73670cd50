import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { PlacedOrder } from '../circle/actors';
import type { Circle } from '../circle/circle';
import { escrowView } from '../circle/money';
import { type Scenario, type ScenarioRun, escrowIn, texted, placeAndPay, ship, deliver } from './scenario';

/** A refusal as the buyer's client sees it: the status, the content type and the problem document. */
interface Refusal {
  status: number;
  contentType: string;
  body: Record<string, unknown>;
}

/**
 * Files a complaint as the buyer (the buyer token), keeping the answer's content type, which `callJson` drops:
 * a refusal must be a problem+json document.
 */
async function fileLateComplaint(c: Circle, order: PlacedOrder, token: string): Promise<Refusal> {
  const url = new URL(c.at.url('disputes', '/v1/public/disputes'));
  const payload = JSON.stringify({ orderCode: order.code, reason: 'NOT_AS_DESCRIBED', description: 'Hàng nhận được không đúng như mô tả trên trang bán hàng.', requestedOutcome: 'REFUND_FULL', evidence: [] });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        timeout: 30_000,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Record<string, unknown>;
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            body = { text };
          }
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('the late complaint timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** 2. Early release: the buyer confirms receipt, and a later complaint is refused. */
export const earlyRelease: Scenario = {
  name: 'early-release',
  title: 'the buyer confirms receipt, and a later complaint is refused',
  movesTime: false,
  async run(c: Circle): Promise<ScenarioRun> {
    const order = await placeAndPay(c, { inspectionDays: 3 });
    const tn = await ship(c, order, 3);
    const inspecting = await deliver(c, order, tn, 4);

    // Within the 3-day window the buyer signs in (a one-time code texted to them: text 5) and confirms receipt.
    const buyer = c.buyer(order);
    const token = await buyer.signIn();
    await texted(c, order, 5);
    const confirmed = await buyer.confirmReceipt();
    if (confirmed.status !== 200 && confirmed.status !== 201) throw new Error(`confirm-receipt answered ${confirmed.status}: ${JSON.stringify(confirmed.body).slice(0, 600)}`);
    const released = await escrowIn(c, order.id, 'RELEASED');
    const windowEnd = inspecting.deadlines.inspectionEndsAt;
    if (windowEnd && c.at.now().getTime() >= new Date(windowEnd).getTime()) throw new Error(`released at ${c.at.now().toISOString()}, not before the window's end ${windowEnd}`);
    await texted(c, order, 6);

    const settled = await c.payer.settleAll(order.id);
    if (settled.length !== 1 || settled[0].kind !== 'PAYOUT' || settled[0].amount !== released.amounts.releasedToSeller) throw new Error(`expected one payout of ${released.amounts.releasedToSeller}, settled ${JSON.stringify(settled)}`);
    const paidOut = await escrowIn(c, order.id, 'PAID_OUT');

    // Changing one's mind after confirming receipt: the complaint is refused, and nothing moves.
    const refusal = await fileLateComplaint(c, order, token);
    const problemType = String(refusal.body.type ?? '');
    if (refusal.status !== 409 || !refusal.contentType.startsWith('application/problem+json') || !/filing-window-closed$/.test(problemType) || refusal.body.status !== 409) {
      throw new Error(`the late complaint answered ${refusal.status} ${refusal.contentType}: ${JSON.stringify(refusal.body).slice(0, 600)}`);
    }
    const after = await escrowView(c.marketplace, order.id);
    if (after.state !== 'PAID_OUT' || JSON.stringify(after.amounts) !== JSON.stringify(paidOut.amounts)) throw new Error(`the refused complaint changed the escrow: ${JSON.stringify(after)}`);

    const total = order.totalAmount;
    const fee = Math.round((total * 2) / 100);
    return {
      order,
      expect: {
        escrowState: 'PAID_OUT',
        amounts: { paid: total, refunded: 0, heldNow: 0, fee, releasedToSeller: total - fee, paidOut: total - fee },
        sms: [
          new RegExp(`Đơn hàng ${order.code} đã được đặt\\. Vui lòng thanh toán 1\\.235\\.000 ₫ \\(mã ${order.paymentReference}\\)`),
          new RegExp(`Đã nhận 1\\.235\\.000 ₫ cho đơn ${order.code}\\. Tiền được giữ đến khi bạn nhận hàng`),
          new RegExp(`Đơn ${order.code} đã được bàn giao cho đơn vị vận chuyển, mã vận đơn ${tn}\\.`),
          new RegExp(`Đơn ${order.code} đã giao\\. Nếu có vấn đề, hãy khiếu nại trước`),
          new RegExp(`Mã xác thực đơn hàng ${order.code} của bạn là \\d{6}, hiệu lực 5 phút`),
          new RegExp(`Đơn ${order.code} đã hoàn tất, tiền đã được chuyển cho người bán`),
        ],
        webhooks: [
          'orders.order-placed',
          'escrow.escrow-funded',
          'delivery.shipment-first-scanned',
          'delivery.shipment-delivered',
          'escrow.inspection-started',
          'escrow.inspection-ended',
          'escrow.escrow-released',
          'escrow.escrow-paid-out',
        ],
      },
    };
  },
};
