/**
 * Cash on delivery through escrow, against the real PostgreSQL, Redis and Kafka (an in-process escrow app): orders
 * open AWAITING_DELIVERY, the outbound shipment's events arrive on Kafka as delivery-tracking publishes them,
 * couriers remit signed batches, disputes and the inspection window decide, the collection partner settles.
 * Covered: a COD order end to end to PAID_OUT; a dispute before the remittance (outcome stored, applied when the
 * cash comes; also with only part of the cash, the rest following the outcome) and after it (a normal hold);
 * cash remitted after the window released (late money released per line, PAID_OUT kept); a collected amount
 * that does not match; a parcel refused at the door. The ledger stays sound for every escrow touched.
 */
import { randomUUID } from 'node:crypto';
import { InstructionRecord } from '../instructions/infrastructure/instruction.orm-entity';
import { LedgerService } from '../ledger/application/ledger.service';
import { EscrowTestKit, type CodCourier, type CodShipment, type OpenedEscrow, type TestPartner } from '../testing/escrow-test-kit';
import { PaymentRecord } from '../funding/infrastructure/payment.orm-entity';
import { CodParcelRecord } from './infrastructure/cod-parcel.orm-entity';

jest.setTimeout(60_000);

const DAY = 86_400_000;
let kit: EscrowTestKit;
let marketplace: TestPartner;
let cod: CodCourier;
const touched: string[] = [];

beforeAll(async () => {
  kit = await EscrowTestKit.start();
  marketplace = await kit.registerPartner('MARKETPLACE');
  cod = await kit.registerCodCourier([marketplace.id]);
});

afterAll(async () => {
  await kit?.close();
});

/** A COD order (1,000,000 VND, 2% fee, 3 inspection days, the seller's payout account on the order) and its outbound shipment. */
async function codOrder(): Promise<{ order: OpenedEscrow; shipment: CodShipment }> {
  const order = await kit.openCodEscrow(marketplace.id, {}, { withPayoutAccount: true });
  touched.push(order.escrowId);
  return { order, shipment: kit.codShipment(order, cod.courier) };
}

/** A delivered COD order: registered and delivered with the right cash collected. */
async function deliveredOrder(): Promise<{ order: OpenedEscrow; shipment: CodShipment }> {
  const o = await codOrder();
  await kit.deliverCod(o.shipment, 1_000_000);
  return o;
}

function remit(lines: Array<{ trackingNumber: string; amount: number }>, body: Record<string, unknown> = {}) {
  return kit.remit(cod.courier, { lines, ...body });
}

function parcel(escrowId: string): Promise<CodParcelRecord> {
  return kit.db.manager.findOneByOrFail(CodParcelRecord, { escrowId });
}

function instructions(escrowId: string): Promise<InstructionRecord[]> {
  return kit.db.manager.find(InstructionRecord, { where: { escrowId }, order: { issuedAt: 'ASC', kind: 'ASC' } });
}

/** The escrow's ledger: posted balance (credit side) per account type of the escrow. */
async function ledgerOf(escrowId: string): Promise<Record<string, bigint>> {
  const rows = (await kit.db.query(`SELECT "type", ("posted_credits" - "posted_debits")::text AS "credit" FROM "escrow"."ledger_accounts" WHERE "escrow_id" = $1`, [escrowId])) as Array<{
    type: string;
    credit: string;
  }>;
  return Object.fromEntries(rows.map((r) => [r.type, BigInt(r.credit)]));
}

async function ledgerKeys(escrowId: string): Promise<string[]> {
  const rows = (await kit.db.query(`SELECT "idempotency_key" FROM "escrow"."ledger_transactions" WHERE "escrow_id" = $1 ORDER BY "created_at", "idempotency_key"`, [escrowId])) as Array<{
    idempotency_key: string;
  }>;
  return rows.map((r) => r.idempotency_key);
}

const settle = (instructionId: string) =>
  kit.signedPost(cod.collector, `/v1/partners/${cod.collector.id}/settlements`, { instructionId, status: 'SETTLED', settledAt: kit.now().toISOString(), reference: `FT-${instructionId.slice(0, 8)}` });

describe('a COD order end to end', () => {
  it('opens awaiting delivery, starts the window at delivery, holds the remitted cash, releases it with the fee and pays the seller through the collection partner', async () => {
    const { order, shipment } = await codOrder();
    expect((await kit.escrow(order.orderId)).state).toBe('AWAITING_DELIVERY');
    expect(await parcel(order.escrowId)).toMatchObject({ orderId: order.orderId, expectedAmount: 1_000_000n, remittedAmount: 0n, courierId: null, deliveredAt: null });

    await kit.deliverCod(shipment, 1_000_000);
    const delivered = await kit.escrow(order.orderId);
    expect(delivered.state).toBe('IN_INSPECTION');
    expect(delivered.inspectionEndsAt?.getTime()).toBe((delivered.deliveredAt as Date).getTime() + 3 * DAY);
    expect(await parcel(order.escrowId)).toMatchObject({ courierId: cod.courier.id, shipmentId: shipment.shipmentId, trackingNumber: shipment.trackingNumber, collectedAmount: 1_000_000n });
    expect(await kit.held(order.orderId)).toBe(0n);
    expect(await kit.eventTypes(order.orderId)).not.toContain('escrow.cod-collection-mismatch');

    const remittanceId = `RM-${randomUUID()}`;
    const res = await remit([{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }], { remittanceId, bankReference: 'VCB-FT-0001' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      remittanceId,
      courierId: cod.courier.id,
      totalAmount: 1_000_000,
      fundedAmount: 1_000_000,
      refusedAmount: 0,
      lines: [{ lineNo: 0, trackingNumber: shipment.trackingNumber, amount: 1_000_000, outcome: 'FUNDED', reason: null, orderCode: order.code }],
    });
    expect(await kit.held(order.orderId)).toBe(1_000_000n);
    expect((await kit.escrow(order.orderId)).state).toBe('IN_INSPECTION');
    const [payment] = await kit.db.manager.findBy(PaymentRecord, { escrowId: order.escrowId });
    expect(payment).toMatchObject({ partnerId: cod.collector.id, partnerTxnId: expect.stringMatching(/^COD:[0-9a-f-]{36}$/), status: 'MATCHED', amount: 1_000_000n, match: 'EXACT' });
    expect(await kit.eventData(order.orderId, 'escrow.cod-remitted')).toEqual([
      expect.objectContaining({ escrowId: order.escrowId, courierId: cod.courier.id, remittanceId, trackingNumber: shipment.trackingNumber, amount: 1_000_000, bankReference: 'VCB-FT-0001' }),
    ]);
    expect(await kit.eventData(order.orderId, 'escrow.escrow-funded')).toEqual([expect.objectContaining({ heldAmount: 1_000_000, source: 'COD_REMITTANCE', excessAmount: 0 })]);

    await kit.advance(3 * DAY + 1000);
    expect((await kit.escrow(order.orderId)).state).toBe('RELEASED');
    expect(await kit.eventData(order.orderId, 'escrow.escrow-released')).toEqual([
      expect.objectContaining({ amount: 1_000_000, feeAmount: 20_000, sellerAmount: 980_000, reason: 'INSPECTION_WINDOW_ELAPSED' }),
    ]);
    const [payout] = await instructions(order.escrowId);
    expect([payout.kind, payout.partnerId, payout.amount, payout.status]).toEqual(['PAYOUT', cod.collector.id, 980_000n, 'PENDING']);
    const pulled = await kit.get(`/v1/partners/${cod.collector.id}/instructions?status=PENDING&limit=100`, cod.collector.apiKey);
    expect((pulled.body.items as Array<{ instructionId: string }>).map((i) => i.instructionId)).toContain(payout.id);

    expect((await settle(payout.id)).status).toBe(200);
    expect((await kit.escrow(order.orderId)).state).toBe('PAID_OUT');
    expect(await ledgerOf(order.escrowId)).toMatchObject({ HELD_FUNDS: 0n, SELLER_PAYABLE: 0n });
  });
});

describe('disputes on COD orders', () => {
  const holdAndResolve = async (order: OpenedEscrow, outcome: string, refundAmount: number): Promise<string> => {
    const disputeId = randomUUID();
    await kit.publish(kit.event('disputes.hold-requested', { orderId: order.orderId, disputeId }));
    await kit.publish(kit.event('disputes.dispute-resolved', { orderId: order.orderId, disputeId, outcome: outcome as 'REFUND_PARTIAL', refundAmount, moneyHeld: true }));
    return disputeId;
  };

  it('before the remittance: the hold awaits funds, the outcome waits on the parcel and applies exactly when the cash arrives', async () => {
    const { order, shipment } = await deliveredOrder();
    const disputeId = randomUUID();
    await kit.publish(kit.event('disputes.hold-requested', { orderId: order.orderId, disputeId }));
    expect((await kit.escrow(order.orderId)).state).toBe('ON_HOLD');
    expect(await kit.eventData(order.orderId, 'escrow.hold-accepted')).toEqual([expect.objectContaining({ disputeId, heldAmount: 0, awaitingFunds: true })]);

    await kit.publish(kit.event('disputes.dispute-resolved', { orderId: order.orderId, disputeId, outcome: 'REFUND_PARTIAL', refundAmount: 300_000, moneyHeld: true }));
    expect((await kit.escrow(order.orderId)).state).toBe('ON_HOLD');
    expect((await parcel(order.escrowId)).pendingOutcome).toEqual({ disputeId, refundAmount: '300000', decidedAt: expect.any(String) });
    expect(await kit.eventData(order.orderId, 'escrow.hold-released')).toEqual([expect.objectContaining({ disputeId, reason: 'DISPUTE_RESOLVED' })]);
    expect(await kit.eventTypes(order.orderId)).not.toContain('escrow.escrow-refunded');

    // The window would have ended meanwhile: nothing happens under the hold.
    await kit.advance(4 * DAY);
    expect((await kit.escrow(order.orderId)).state).toBe('ON_HOLD');

    expect((await remit([{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }])).status).toBe(201);
    expect((await kit.escrow(order.orderId)).state).toBe('PARTIALLY_REFUNDED');
    expect((await parcel(order.escrowId)).pendingOutcome).toBeNull();
    expect(await kit.eventData(order.orderId, 'escrow.escrow-refunded')).toEqual([expect.objectContaining({ refundType: 'PARTIAL', amount: 300_000, reason: 'DISPUTE_OUTCOME', disputeId })]);
    expect(await kit.eventData(order.orderId, 'escrow.escrow-released')).toEqual([
      expect.objectContaining({ amount: 700_000, feeAmount: 14_000, sellerAmount: 686_000, afterPartialRefund: true, reason: 'DISPUTE_OUTCOME', disputeId }),
    ]);
    expect(await ledgerOf(order.escrowId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 300_000n, SELLER_PAYABLE: 686_000n });
    const issued = await instructions(order.escrowId);
    expect(issued.map((i) => [i.kind, i.partnerId, i.amount]).sort()).toEqual([
      ['PAYOUT', cod.collector.id, 686_000n],
      ['REFUND', cod.collector.id, 300_000n],
    ]);
    expect(await kit.eventTypes(order.orderId)).toEqual(expect.arrayContaining(['escrow.cod-remitted', 'escrow.escrow-funded']));
  });

  it('before the remittance, with the cash coming in parts: the outcome applies to the first part, the rest follows it', async () => {
    const { order, shipment } = await deliveredOrder();
    await holdAndResolve(order, 'REFUND_PARTIAL', 300_000);
    // 200,000 remitted first: the outcome (refund 300,000) refunds all of it; 100,000 is still owed to the buyer.
    expect((await remit([{ trackingNumber: shipment.trackingNumber, amount: 200_000 }])).status).toBe(201);
    expect((await kit.escrow(order.orderId)).state).toBe('REFUNDED');
    expect(await ledgerOf(order.escrowId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 200_000n });
    expect(await kit.eventTypes(order.orderId)).not.toContain('escrow.escrow-funded');

    // The other 800,000: 100,000 to the buyer, 700,000 released to the seller (fee on it), keyed by the line.
    const late = await remit([{ trackingNumber: shipment.trackingNumber, amount: 800_000 }]);
    expect(late.body).toMatchObject({ fundedAmount: 800_000, lines: [expect.objectContaining({ outcome: 'FUNDED' })] });
    expect((await kit.escrow(order.orderId)).state).toBe('REFUNDED');
    expect(await ledgerOf(order.escrowId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 300_000n, SELLER_PAYABLE: 686_000n });
    const refunded = await kit.eventData(order.orderId, 'escrow.escrow-refunded');
    expect(refunded.map((r) => [r.refundType, r.amount])).toEqual([
      ['FULL', 200_000],
      ['PARTIAL', 100_000],
    ]);
    expect((await kit.eventData(order.orderId, 'escrow.escrow-released')).map((r) => [r.amount, r.feeAmount, r.afterPartialRefund])).toEqual([[700_000, 14_000, true]]);
    expect(await kit.eventData(order.orderId, 'escrow.escrow-funded')).toEqual([expect.objectContaining({ source: 'COD_REMITTANCE', heldAmount: 800_000 })]);
    const [{ id: lineId }] = (await kit.db.query(`SELECT "id" FROM "escrow"."cod_remittance_lines" WHERE "escrow_id" = $1 AND "amount" = 800000`, [order.escrowId])) as Array<{ id: string }>;
    expect(await ledgerKeys(order.escrowId)).toEqual(expect.arrayContaining([`${order.escrowId}:REFUND`, `${lineId}:PARTIAL_REFUND`]));
    expect((await instructions(order.escrowId)).map((i) => [i.kind, i.amount, i.issueKey]).sort()).toEqual([
      ['PAYOUT', 686_000n, `release:${lineId}`],
      ['REFUND', 100_000n, `refund:${lineId}`],
      ['REFUND', 200_000n, `refund:${order.escrowId}`],
    ]);
  });

  it('after the remittance: a normal hold on the money held, then a full refund', async () => {
    const { order, shipment } = await deliveredOrder();
    await remit([{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }]);
    const disputeId = await holdAndResolve(order, 'REFUND_FULL', 1_000_000);
    expect(await kit.eventData(order.orderId, 'escrow.hold-accepted')).toEqual([expect.objectContaining({ disputeId, heldAmount: 1_000_000, awaitingFunds: false })]);
    expect((await kit.escrow(order.orderId)).state).toBe('REFUNDED');
    expect((await parcel(order.escrowId)).pendingOutcome).toBeNull();
    expect(await kit.eventData(order.orderId, 'escrow.escrow-refunded')).toEqual([expect.objectContaining({ refundType: 'FULL', amount: 1_000_000, disputeId })]);
    expect((await instructions(order.escrowId)).map((i) => [i.kind, i.partnerId, i.amount])).toEqual([['REFUND', cod.collector.id, 1_000_000n]]);
  });

  it('refuses a hold before delivery (the buyer has not paid yet)', async () => {
    const { order } = await codOrder();
    const disputeId = randomUUID();
    await kit.publish(kit.event('disputes.hold-requested', { orderId: order.orderId, disputeId }));
    expect(await kit.eventData(order.orderId, 'escrow.hold-refused')).toEqual([expect.objectContaining({ disputeId, reason: 'NOT_FUNDED' })]);
    expect((await kit.escrow(order.orderId)).state).toBe('AWAITING_DELIVERY');
  });
});

describe('cash remitted after the window', () => {
  it('releases what is held when the window ends, then each late line at once (its own keys), keeping PAID_OUT', async () => {
    const { order, shipment } = await deliveredOrder();
    await remit([{ trackingNumber: shipment.trackingNumber, amount: 600_000 }]);
    await kit.advance(3 * DAY + 1000);
    expect((await kit.escrow(order.orderId)).state).toBe('RELEASED');
    const [first] = await instructions(order.escrowId);
    expect([first.kind, first.amount]).toEqual(['PAYOUT', 588_000n]);
    await settle(first.id);
    expect((await kit.escrow(order.orderId)).state).toBe('PAID_OUT');

    const late = await remit([{ trackingNumber: shipment.trackingNumber, amount: 400_000 }]);
    expect(late.body).toMatchObject({ fundedAmount: 400_000, refusedAmount: 0 });
    expect((await kit.escrow(order.orderId)).state).toBe('PAID_OUT');
    expect(await kit.held(order.orderId)).toBe(0n);
    expect((await kit.eventData(order.orderId, 'escrow.escrow-released')).map((r) => [r.amount, r.feeAmount, r.sellerAmount, r.reason])).toEqual([
      [600_000, 12_000, 588_000, 'INSPECTION_WINDOW_ELAPSED'],
      [400_000, 8_000, 392_000, 'INSPECTION_WINDOW_ELAPSED'],
    ]);
    expect(await kit.eventData(order.orderId, 'escrow.escrow-funded')).toEqual([expect.objectContaining({ heldAmount: 400_000, source: 'COD_REMITTANCE' })]);
    const second = (await instructions(order.escrowId)).find((i) => i.id !== first.id) as InstructionRecord;
    expect([second.kind, second.partnerId, second.amount, second.status]).toEqual(['PAYOUT', cod.collector.id, 392_000n, 'PENDING']);
    expect(second.issueKey).toMatch(/^release:/);
    expect((await settle(second.id)).status).toBe(200);
    expect((await kit.escrow(order.orderId)).state).toBe('PAID_OUT');
    expect(await ledgerOf(order.escrowId)).toMatchObject({ HELD_FUNDS: 0n, SELLER_PAYABLE: 0n });
    expect(await kit.eventTypes(order.orderId)).toEqual(expect.arrayContaining(['escrow.escrow-paid-out']));
    expect((await kit.eventTypes(order.orderId)).filter((t) => t === 'escrow.escrow-paid-out')).toHaveLength(1);
  });

  it('releases nothing when the window ends before any cash, then releases the cash when it comes', async () => {
    const { order, shipment } = await deliveredOrder();
    await kit.advance(3 * DAY + 1000);
    expect((await kit.escrow(order.orderId)).state).toBe('RELEASED');
    expect(await kit.eventData(order.orderId, 'escrow.inspection-ended')).toEqual([expect.objectContaining({ reason: 'WINDOW_ELAPSED' })]);
    expect(await instructions(order.escrowId)).toEqual([]);
    await remit([{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }]);
    expect((await kit.escrow(order.orderId)).state).toBe('RELEASED');
    expect(await ledgerOf(order.escrowId)).toMatchObject({ HELD_FUNDS: 0n, SELLER_PAYABLE: 980_000n });
    const [payout] = await instructions(order.escrowId);
    expect((await settle(payout.id)).status).toBe(200);
    expect((await kit.escrow(order.orderId)).state).toBe('PAID_OUT');
  });
});

describe('collection and refusal at the door', () => {
  it('flags a collected amount that differs from the order total (once), and still opens the window', async () => {
    const { order, shipment } = await codOrder();
    await kit.deliverCod(shipment, 900_000);
    expect((await kit.escrow(order.orderId)).state).toBe('IN_INSPECTION');
    expect(await kit.eventData(order.orderId, 'escrow.cod-collection-mismatch')).toEqual([
      expect.objectContaining({ escrowId: order.escrowId, courierId: cod.courier.id, shipmentId: shipment.shipmentId, trackingNumber: shipment.trackingNumber, expectedAmount: 1_000_000, collectedAmount: 900_000 }),
    ]);
    const alerts = await kit.operatorAlerts({ orderId: order.orderId });
    expect(alerts).toEqual([expect.objectContaining({ severity: 'WARNING', code: 'COD_COLLECTION_MISMATCH', service: 'escrow' })]);
    expect(alerts[0].message).toContain('900000 VND');
    // The courier's event again (a new event id): nothing more.
    await kit.publish(kit.outboundEvent('delivery.shipment-delivered', shipment, { codAmount: 900_000 }));
    expect(await kit.eventData(order.orderId, 'escrow.cod-collection-mismatch')).toHaveLength(1);
    expect(await parcel(order.escrowId)).toMatchObject({ collectedAmount: 900_000n });

    // No amount reported at all on a COD order is a mismatch too.
    const other = await codOrder();
    await kit.deliverCod(other.shipment, null);
    expect(await kit.eventData(other.order.orderId, 'escrow.cod-collection-mismatch')).toEqual([expect.objectContaining({ collectedAmount: 0 })]);
    expect((await kit.operatorAlerts({ orderId: other.order.orderId }))[0].message).toContain('did not report');
    expect((await parcel(other.order.escrowId)).collectedAmount).toBeNull();
  });

  it('cancels an order refused at the door (also after a failed delivery) with no ledger entry; its cash line is refused', async () => {
    const { order, shipment } = await codOrder();
    await kit.publish(kit.outboundEvent('delivery.shipment-registered', shipment), kit.outboundEvent('delivery.shipment-first-scanned', shipment));
    await kit.publish(kit.outboundEvent('delivery.shipment-returned', shipment));
    const escrow = await kit.escrow(order.orderId);
    expect([escrow.state, escrow.closedAt !== null]).toEqual(['CANCELLED', true]);
    expect((await parcel(order.escrowId)).refusedAt).not.toBeNull();
    expect(await ledgerKeys(order.escrowId)).toEqual([]);

    const failed = await codOrder();
    await kit.publish(kit.outboundEvent('delivery.shipment-registered', failed.shipment), kit.outboundEvent('delivery.shipment-delivery-failed-finally', failed.shipment));
    expect((await kit.escrow(failed.order.orderId)).state).toBe('AWAITING_DELIVERY');
    await kit.publish(kit.outboundEvent('delivery.shipment-returned', failed.shipment));
    expect((await kit.escrow(failed.order.orderId)).state).toBe('CANCELLED');
    expect(await ledgerKeys(failed.order.escrowId)).toEqual([]);

    const res = await remit([{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }]);
    expect(res.body).toMatchObject({ fundedAmount: 0, refusedAmount: 1_000_000, lines: [{ lineNo: 0, trackingNumber: shipment.trackingNumber, amount: 1_000_000, outcome: 'REFUSED', reason: 'ESCROW_CLOSED' }] });
    expect(await ledgerKeys(order.escrowId)).toEqual([]);
  });
});

describe('the ledger', () => {
  it('is sound for every COD escrow touched: balanced, conserved, nothing negative, nothing held in a closed escrow', async () => {
    const report = await kit.app.get(LedgerService).check();
    const mine = new Set(touched);
    expect(touched.length).toBeGreaterThanOrEqual(10);
    expect(report.heldOutsideOpenEscrows.filter((h) => mine.has(h.escrowId))).toEqual([]);
    expect(report.conservationBroken.filter((c) => mine.has(c.escrowId))).toEqual([]);
    expect(report.negativeBalances.filter((n) => n.escrowId !== null && mine.has(n.escrowId))).toEqual([]);
    expect(report.unbalancedTransactions).toEqual([]);
    for (const id of touched) {
      const l = await ledgerOf(id);
      const [{ funded }] = (await kit.db.query(`SELECT coalesce(sum("amount"), 0)::text AS "funded" FROM "escrow"."payments" WHERE "escrow_id" = $1`, [id])) as Array<{ funded: string }>;
      const [{ fee }] = (await kit.db.query(
        `SELECT coalesce(sum(e."amount"), 0)::text AS "fee" FROM "escrow"."ledger_entries" e JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
           JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id" AND t."status" = 'POSTED'
          WHERE a."type" = 'PLATFORM_FEE_REVENUE' AND e."side" = 'CREDIT' AND t."escrow_id" = $1`,
        [id],
      )) as Array<{ fee: string }>;
      const [{ paid }] = (await kit.db.query(
        `SELECT coalesce(sum("amount") FILTER (WHERE "status" = 'SETTLED'), 0)::text AS "paid" FROM "escrow"."instructions" WHERE "escrow_id" = $1 AND "kind" = 'PAYOUT'`,
        [id],
      )) as Array<{ paid: string }>;
      // Funded = (released to the seller, paid out or not) + fee + refunded + still held.
      expect([id, BigInt(funded)]).toEqual([id, (l.SELLER_PAYABLE ?? 0n) + BigInt(paid) + BigInt(fee) + (l.BUYER_REFUND_PAYABLE ?? 0n) + (l.HELD_FUNDS ?? 0n)]);
    }
  });
});
