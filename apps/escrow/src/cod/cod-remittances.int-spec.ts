/**
 * `POST /v1/couriers/{courierId}/cod-remittances` against the real PostgreSQL, Redis and Kafka (an in-process
 * escrow app): signed by the courier; every line decided in one transaction, funded or refused with its reason
 * (another courier's parcel is UNKNOWN_PARCEL, the rest of the batch still funds; a prepaid parcel NOT_COD; not
 * delivered; more than due); one operator alert per batch with refused lines; idempotent by remittanceId, also
 * under 20 concurrent identical posts (funded once), 409 for another body; validation naming the field; no
 * collection account → 409 and nothing written. The ledger stays sound for every escrow touched.
 */
import { randomUUID } from 'node:crypto';
import { LedgerService } from '../ledger/application/ledger.service';
import { EscrowTestKit, type CodCourier, type CodShipment, type OpenedEscrow, type TestPartner } from '../testing/escrow-test-kit';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let cod: CodCourier;
let other: CodCourier;
const touched: string[] = [];

beforeAll(async () => {
  kit = await EscrowTestKit.start();
  marketplace = await kit.registerPartner('MARKETPLACE');
  cod = await kit.registerCodCourier([marketplace.id]);
  other = await kit.registerCodCourier([marketplace.id]);
});

afterAll(async () => {
  await kit?.close();
});

/** A COD order (1,000,000 VND) shipped with `courier` and, unless `delivered: false`, delivered with the right cash. */
async function shipped(courier: TestPartner, opts: { delivered?: boolean } = {}): Promise<{ order: OpenedEscrow; shipment: CodShipment }> {
  const order = await kit.openCodEscrow(marketplace.id, {}, { withPayoutAccount: true });
  touched.push(order.escrowId);
  const shipment = kit.codShipment(order, courier);
  if (opts.delivered === false) await kit.publish(kit.outboundEvent('delivery.shipment-registered', shipment));
  else await kit.deliverCod(shipment, 1_000_000);
  return { order, shipment };
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const [{ n }] = (await kit.db.query(sql, params)) as Array<{ n: string }>;
  return Number(n);
}

const paymentsOf = (escrowId: string) => count(`SELECT count(*) AS "n" FROM "escrow"."payments" WHERE "escrow_id" = $1`, [escrowId]);
const fundingsOf = (escrowId: string) => count(`SELECT count(*) AS "n" FROM "escrow"."ledger_transactions" WHERE "escrow_id" = $1 AND "purpose" = 'FUND'`, [escrowId]);
const batchesOf = (courierId: string, remittanceId: string) => count(`SELECT count(*) AS "n" FROM "escrow"."cod_remittances" WHERE "courier_id" = $1 AND "remittance_id" = $2`, [courierId, remittanceId]);

describe('lines', () => {
  it('funds its own parcels and refuses each other line with its reason, in one batch; one alert names the refusals', async () => {
    const mine = await shipped(cod.courier);
    const notDelivered = await shipped(cod.courier, { delivered: false });
    const theirs = await shipped(other.courier);
    const prepaid = await kit.openEscrow(marketplace.id);
    touched.push(prepaid.escrowId);
    const prepaidShipment = kit.codShipment(prepaid, cod.courier);
    await kit.publish(kit.outboundEvent('delivery.shipment-registered', prepaidShipment));
    const over = await shipped(cod.courier);

    const remittanceId = `RM-${randomUUID()}`;
    const lines = [
      { trackingNumber: theirs.shipment.trackingNumber, amount: 1_000_000 },
      { trackingNumber: mine.shipment.trackingNumber, amount: 1_000_000 },
      { trackingNumber: notDelivered.shipment.trackingNumber, amount: 1_000_000 },
      { trackingNumber: prepaidShipment.trackingNumber, amount: 1_000_000 },
      { trackingNumber: over.shipment.trackingNumber, amount: 1_000_001 },
      { trackingNumber: `NOPE${randomUUID().slice(0, 8)}`, amount: 5_000 },
    ];
    const res = await kit.remit(cod.courier, { remittanceId, lines });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      remittanceId,
      courierId: cod.courier.id,
      totalAmount: 5_005_001,
      fundedAmount: 1_000_000,
      refusedAmount: 4_005_001,
      lines: [
        { lineNo: 0, trackingNumber: lines[0].trackingNumber, amount: 1_000_000, outcome: 'REFUSED', reason: 'UNKNOWN_PARCEL' },
        { lineNo: 1, trackingNumber: lines[1].trackingNumber, amount: 1_000_000, outcome: 'FUNDED', reason: null, orderCode: mine.order.code },
        { lineNo: 2, trackingNumber: lines[2].trackingNumber, amount: 1_000_000, outcome: 'REFUSED', reason: 'NOT_DELIVERED' },
        { lineNo: 3, trackingNumber: lines[3].trackingNumber, amount: 1_000_000, outcome: 'REFUSED', reason: 'NOT_COD' },
        { lineNo: 4, trackingNumber: lines[4].trackingNumber, amount: 1_000_001, outcome: 'REFUSED', reason: 'AMOUNT_EXCEEDS_DUE' },
        { lineNo: 5, trackingNumber: lines[5].trackingNumber, amount: 5_000, outcome: 'REFUSED', reason: 'UNKNOWN_PARCEL' },
      ],
    });
    expect(await kit.held(mine.order.orderId)).toBe(1_000_000n);
    for (const refused of [theirs, notDelivered, over]) {
      expect(await kit.held(refused.order.orderId)).toBe(0n);
      expect(await paymentsOf(refused.order.escrowId)).toBe(0);
      expect(await kit.eventTypes(refused.order.orderId)).not.toContain('escrow.cod-remitted');
    }
    expect(await kit.held(prepaid.orderId)).toBe(0n);
    const alerts = await kit.operatorAlerts({ mentioning: remittanceId });
    expect(alerts).toEqual([expect.objectContaining({ severity: 'WARNING', code: 'COD_REMITTANCE_LINES_REFUSED', service: 'escrow', orderId: null })]);
    expect(alerts[0].message).toContain('5 of 6 lines refused (UNKNOWN_PARCEL ×2, AMOUNT_EXCEEDS_DUE ×1, NOT_COD ×1, NOT_DELIVERED ×1)');
    expect(alerts[0].message).toContain('4005001 VND');
    // The other courier's parcel is untouched and still takes its own courier's cash.
    const theirsRes = await kit.remit(other.courier, { lines: [{ trackingNumber: theirs.shipment.trackingNumber, amount: 1_000_000 }] });
    expect(theirsRes.body).toMatchObject({ fundedAmount: 1_000_000, lines: [expect.objectContaining({ outcome: 'FUNDED', orderCode: theirs.order.code })] });
    expect(await kit.operatorAlerts({ mentioning: theirsRes.body.remittanceId as string })).toEqual([]);
  });

  it('funds a parcel in parts until its total, then refuses more', async () => {
    const { order, shipment } = await shipped(cod.courier);
    const part = await kit.remit(cod.courier, { lines: [{ trackingNumber: shipment.trackingNumber, amount: 400_000 }] });
    expect(part.body).toMatchObject({ fundedAmount: 400_000 });
    expect(await kit.eventTypes(order.orderId)).not.toContain('escrow.escrow-funded');
    const rest = await kit.remit(cod.courier, { lines: [{ trackingNumber: shipment.trackingNumber, amount: 600_000 }] });
    expect(rest.body).toMatchObject({ fundedAmount: 600_000 });
    expect(await kit.eventData(order.orderId, 'escrow.escrow-funded')).toEqual([expect.objectContaining({ heldAmount: 1_000_000, source: 'COD_REMITTANCE' })]);
    const more = await kit.remit(cod.courier, { lines: [{ trackingNumber: shipment.trackingNumber, amount: 1 }] });
    expect(more.body).toMatchObject({ fundedAmount: 0, lines: [expect.objectContaining({ reason: 'AMOUNT_EXCEEDS_DUE' })] });
    expect(await kit.held(order.orderId)).toBe(1_000_000n);
    expect((await kit.escrow(order.orderId)).state).toBe('IN_INSPECTION');
  });
});

describe('idempotency', () => {
  it('answers a repeat with the stored outcome (200, same body, nothing written twice); another body under the id is 409', async () => {
    const { order, shipment } = await shipped(cod.courier);
    const body = { remittanceId: `RM-${randomUUID()}`, transferredAt: kit.now().toISOString(), bankReference: 'FT-SEQ', lines: [{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }] };
    const first = await kit.remit(cod.courier, body);
    const again = await kit.remit(cod.courier, body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
    expect([await paymentsOf(order.escrowId), await fundingsOf(order.escrowId), await batchesOf(cod.courier.id, body.remittanceId)]).toEqual([1, 1, 1]);
    expect(await kit.eventData(order.orderId, 'escrow.cod-remitted')).toHaveLength(1);

    const changed = await kit.remit(cod.courier, { ...body, lines: [{ trackingNumber: shipment.trackingNumber, amount: 999_999 }] });
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ type: expect.stringContaining('remittance-conflict'), status: 409, field: 'remittanceId' });
    expect([await paymentsOf(order.escrowId), await batchesOf(cod.courier.id, body.remittanceId)]).toEqual([1, 1]);
    expect(await kit.held(order.orderId)).toBe(1_000_000n);
  });

  it('funds once under 20 concurrent identical posts: one 201, nineteen 200, all the same answer', async () => {
    const { order, shipment } = await shipped(cod.courier);
    const body = { remittanceId: `RM-${randomUUID()}`, transferredAt: kit.now().toISOString(), bankReference: 'FT-CONC', lines: [{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }] };
    const answers = await Promise.all(Array.from({ length: 20 }, () => kit.remit(cod.courier, body)));
    expect(answers.map((a) => a.status).sort()).toEqual([...Array(19).fill(200), 201]);
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    expect(answers[0].body).toMatchObject({ fundedAmount: 1_000_000, lines: [expect.objectContaining({ outcome: 'FUNDED', orderCode: order.code })] });
    expect([await paymentsOf(order.escrowId), await fundingsOf(order.escrowId), await batchesOf(cod.courier.id, body.remittanceId)]).toEqual([1, 1, 1]);
    expect(await kit.eventData(order.orderId, 'escrow.cod-remitted')).toHaveLength(1);
    expect(await kit.eventData(order.orderId, 'escrow.escrow-funded')).toHaveLength(1);
    expect(await kit.held(order.orderId)).toBe(1_000_000n);
  });

  it('keeps remittance ids per courier: another courier may use the same id', async () => {
    const a = await shipped(cod.courier);
    const b = await shipped(other.courier);
    const remittanceId = `RM-${randomUUID()}`;
    expect((await kit.remit(cod.courier, { remittanceId, lines: [{ trackingNumber: a.shipment.trackingNumber, amount: 1_000_000 }] })).status).toBe(201);
    expect((await kit.remit(other.courier, { remittanceId, lines: [{ trackingNumber: b.shipment.trackingNumber, amount: 1_000_000 }] })).status).toBe(201);
    expect([await kit.held(a.order.orderId), await kit.held(b.order.orderId)]).toEqual([1_000_000n, 1_000_000n]);
  });
});

describe('refusals of the whole batch', () => {
  it('answers 400 naming the field, and writes nothing', async () => {
    const { order, shipment } = await shipped(cod.courier);
    const t = shipment.trackingNumber;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ lines: [{ trackingNumber: t, amount: 500_000 }, { trackingNumber: 'OTHER1', amount: 1 }, { trackingNumber: t, amount: 500_000 }] }, 'lines.2.trackingNumber'],
      [{ lines: [] }, 'lines'],
      [{ lines: Array.from({ length: 1001 }, (_, i) => ({ trackingNumber: `T${i}`, amount: 1 })) }, 'lines'],
      [{ lines: [{ trackingNumber: t, amount: 0 }] }, 'lines.0.amount'],
      [{ lines: [{ trackingNumber: t, amount: 1.5 }] }, 'lines.0.amount'],
      [{ lines: [{ trackingNumber: 'x'.repeat(65), amount: 1 }] }, 'lines.0.trackingNumber'],
      [{ lines: [{ trackingNumber: t, amount: 1 }], transferredAt: '2026-11-28T09:30:00+07:00' }, 'transferredAt'],
      [{ lines: [{ trackingNumber: t, amount: 1 }], remittanceId: 'r'.repeat(101) }, 'remittanceId'],
      [{ lines: [{ trackingNumber: t, amount: 1 }], bankReference: '' }, 'bankReference'],
    ];
    for (const [body, field] of cases) {
      const res = await kit.remit(cod.courier, body);
      expect([field, res.status]).toEqual([field, 400]);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect(await paymentsOf(order.escrowId)).toBe(0);
    expect(await count(`SELECT count(*) AS "n" FROM "escrow"."cod_remittances" WHERE "courier_id" = $1 AND "bank_reference" = ''`, [cod.courier.id])).toBe(0);
  });

  it('answers 401 to a batch not signed by the courier of the path', async () => {
    const { order, shipment } = await shipped(cod.courier);
    const lines = [{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }];
    expect((await kit.remit(other.courier, { lines }, { asCourierId: cod.courier.id })).status).toBe(401);
    expect((await kit.remit(cod.courier, { lines }, { signWith: other.courier.secret })).status).toBe(401);
    expect(await kit.held(order.orderId)).toBe(0n);
  });

  it('answers 409 cod-collection-account-missing for a courier with no collection account, writing nothing', async () => {
    const bare = await kit.registerCodCourier([marketplace.id], { withCollectionAccount: false });
    const { order, shipment } = await shipped(bare.courier);
    const remittanceId = `RM-${randomUUID()}`;
    const res = await kit.remit(bare.courier, { remittanceId, lines: [{ trackingNumber: shipment.trackingNumber, amount: 1_000_000 }] });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: expect.stringContaining('cod-collection-account-missing') });
    expect([await batchesOf(bare.courier.id, remittanceId), await paymentsOf(order.escrowId)]).toEqual([0, 0]);
    expect(await kit.held(order.orderId)).toBe(0n);
  });
});

describe('the ledger', () => {
  it('is sound for every escrow touched', async () => {
    const report = await kit.app.get(LedgerService).check();
    const mine = new Set(touched);
    expect(report.heldOutsideOpenEscrows.filter((h) => mine.has(h.escrowId))).toEqual([]);
    expect(report.conservationBroken.filter((c) => mine.has(c.escrowId))).toEqual([]);
    expect(report.negativeBalances.filter((n) => n.escrowId !== null && mine.has(n.escrowId))).toEqual([]);
    expect(report.unbalancedTransactions).toEqual([]);
  });
});
