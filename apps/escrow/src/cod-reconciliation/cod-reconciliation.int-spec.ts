/**
 * COD reconciliation against the real PostgreSQL, Redis and Kafka (an in-process escrow app), over a day seeded
 * through the real paths (the escrow test kit): COD escrows opened as the orders consumer would, outbound delivered
 * events (with the cash collected) published on Kafka as delivery-tracking would, and a remittance batch POSTed,
 * signed, to the courier remittance endpoint. The day's parcels (matched, collection mismatch, short remittance, unremitted) with totals
 * per column and status, the batch with its refused lines, unremitted cash by age with the oldest parcel, as JSON
 * and CSV; who may read (the courier its own id only, any operator any courier); the overdue check's alert, once
 * per parcel, and the oldest-unremitted gauge.
 */
import { randomUUID } from 'node:crypto';
import type { EventOf } from '@trustcircle/contracts';
import { parseCsv, UTF8_BOM } from '@trustcircle/kernel';
import { businessDateOf, businessDay } from '../reconciliation/domain/business-day';
import { EscrowTestKit, type TestPartner, type TestResponse } from '../testing/escrow-test-kit';
import type { CodReconciliationResponse } from './api/dto/cod-reconciliation.response';
import { COD_RECONCILIATION_CSV_HEADER } from './domain/cod-reconciliation-csv';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Parcel {
  orderId: string;
  code: string;
  escrowId: string;
  trackingNumber: string;
  deliveredAt: Date;
}

let kit: EscrowTestKit;
let marketplace: TestPartner;
let collector: TestPartner;
let courier: TestPartner;
let other: TestPartner;
let date: string;
let matched: Parcel;
let mismatch: Parcel;
let short: Parcel;
let unremitted: Parcel;
let old: Parcel;
let othersParcel: Parcel;
let batch: TestResponse;
let remittanceId: string;

/** Opens a COD escrow of `total` VND as the orders consumer would, shipped by `by`; its delivered event (saying `collected`, at `at`) is returned to publish. */
async function codParcel(by: TestPartner, total: number, collected: number | null, at: Date): Promise<{ parcel: Parcel; delivered: EventOf<'delivery.shipment-delivered'> }> {
  const opened = await kit.openCodEscrow(marketplace.id, { totalAmount: total }, { withPayoutAccount: true });
  const shipment = kit.codShipment(opened, by);
  const delivered = kit.outboundEvent('delivery.shipment-delivered', shipment, { codAmount: collected, deliveredAt: at.toISOString() });
  return { parcel: { orderId: opened.orderId, code: opened.code, escrowId: opened.escrowId, trackingNumber: shipment.trackingNumber, deliveredAt: at }, delivered };
}

/** POSTs a remittance batch signed by the courier, transferred an hour ago. */
function remit(by: TestPartner, id: string, lines: Array<{ trackingNumber: string; amount: number }>): Promise<TestResponse> {
  return kit.remit(by, { remittanceId: id, transferredAt: new Date(kit.now().getTime() - HOUR).toISOString(), bankReference: 'VCB-FT26332123456', lines });
}

/** GETs a courier's reconciliation with a bearer (an API key or an operator token), raw. */
function getDay(courierId: string, query: string, bearer?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${kit.baseUrl}/v1/couriers/${courierId}/cod-reconciliation?${query}`, { headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers } });
}

async function getJson(courierId: string, query: string, bearer: string): Promise<CodReconciliationResponse> {
  const res = await getDay(courierId, query, bearer);
  expect(res.status).toBe(200);
  return (await res.json()) as CodReconciliationResponse;
}

/** The COD_REMITTANCE_OVERDUE alerts raised about a parcel's order. */
async function overdueAlerts(p: Parcel): Promise<Array<Record<string, unknown>>> {
  return (await kit.operatorAlerts({ orderId: p.orderId })).filter((a) => a.code === 'COD_REMITTANCE_OVERDUE');
}

/** The gauge's value for a courier in the app's /metrics, or null when it has no series. */
async function oldestUnremittedSeconds(courierId: string): Promise<number | null> {
  const text = (await kit.get('/metrics')).body.text as string;
  const m = new RegExp(`^tc_cod_oldest_unremitted_seconds\\{courier_id="${courierId}"[^}]*\\} (\\d+)$`, 'm').exec(text);
  return m ? Number(m[1]) : null;
}

beforeAll(async () => {
  ({ kit, marketplace } = await EscrowTestKit.startWithPartners());
  ({ courier, collector } = await kit.registerCodCourier([marketplace.id]));
  ({ courier: other } = await kit.registerCodCourier([marketplace.id]));

  // The app's clock at the next 10:00 in Ho Chi Minh City, so the whole seeded day lies in one business day.
  const tenAm = (now: Date): number => (((3 * HOUR - (now.getTime() % DAY)) % DAY) + DAY) % DAY;
  kit.advanceWithoutSweep(tenAm(kit.now()));
  date = businessDateOf(kit.now());
  const start = businessDay(date).from.getTime();

  const seeded = [
    await codParcel(courier, 1_000_000, 1_000_000, new Date(start + 1 * HOUR)),
    await codParcel(courier, 1_200_000, 1_150_000, new Date(start + 2 * HOUR)),
    await codParcel(courier, 1_500_000, 1_500_000, new Date(start + 3 * HOUR)),
    await codParcel(courier, 600_000, 600_000, new Date(start + 4 * HOUR)),
    await codParcel(courier, 650_000, 650_000, new Date(start - 4 * DAY + 2 * HOUR)),
    await codParcel(other, 800_000, 800_000, new Date(start + 5 * HOUR)),
  ];
  await kit.publish(...seeded.map((s) => s.delivered));
  [matched, mismatch, short, unremitted, old, othersParcel] = seeded.map((s) => s.parcel);

  remittanceId = `RMT-${randomUUID()}`;
  batch = await remit(courier, remittanceId, [
    { trackingNumber: matched.trackingNumber, amount: 1_000_000 },
    { trackingNumber: mismatch.trackingNumber, amount: 1_150_000 },
    { trackingNumber: short.trackingNumber, amount: 500_000 },
    { trackingNumber: 'TRKNOSUCHPARCEL', amount: 300_000 },
    { trackingNumber: unremitted.trackingNumber, amount: 700_000 },
    { trackingNumber: othersParcel.trackingNumber, amount: 800_000 },
  ]);
});

afterAll(async () => {
  await kit?.close();
});

describe('GET /v1/couriers/{courierId}/cod-reconciliation', () => {
  it('compares expected, collected and remitted for each parcel of the day, with totals per column and per status', async () => {
    expect(batch.status).toBe(201);
    const body = await getJson(courier.id, `date=${date}`, courier.apiKey);
    const day = businessDay(date);
    expect(body).toMatchObject({ courierId: courier.id, businessDate: date, timeZone: 'Asia/Ho_Chi_Minh', from: day.from.toISOString(), to: day.to.toISOString() });
    const line = (p: Parcel, expectedAmount: number, collectedAmount: number | null, remittedAmount: number, outstandingAmount: number, status: string) => ({
      orderId: p.orderId,
      orderCode: p.code,
      trackingNumber: p.trackingNumber,
      deliveredAt: p.deliveredAt.toISOString(),
      expectedAmount,
      collectedAmount,
      remittedAmount,
      outstandingAmount,
      status,
      escrowId: p.escrowId,
    });
    expect(body.parcels).toEqual([
      line(matched, 1_000_000, 1_000_000, 1_000_000, 0, 'MATCHED'),
      line(mismatch, 1_200_000, 1_150_000, 1_150_000, 0, 'COLLECTION_MISMATCH'),
      line(short, 1_500_000, 1_500_000, 500_000, 1_000_000, 'REMITTANCE_SHORT'),
      line(unremitted, 600_000, 600_000, 0, 600_000, 'UNREMITTED'),
    ]);
    expect(body.totals).toEqual({ parcelCount: 4, expectedAmount: 4_300_000, collectedAmount: 4_250_000, remittedAmount: 2_650_000, outstandingAmount: 1_600_000 });
    expect(body.byStatus).toEqual({
      MATCHED: { parcelCount: 1, expectedAmount: 1_000_000, collectedAmount: 1_000_000, remittedAmount: 1_000_000, outstandingAmount: 0 },
      COLLECTION_MISMATCH: { parcelCount: 1, expectedAmount: 1_200_000, collectedAmount: 1_150_000, remittedAmount: 1_150_000, outstandingAmount: 0 },
      REMITTANCE_SHORT: { parcelCount: 1, expectedAmount: 1_500_000, collectedAmount: 1_500_000, remittedAmount: 500_000, outstandingAmount: 1_000_000 },
      UNREMITTED: { parcelCount: 1, expectedAmount: 600_000, collectedAmount: 600_000, remittedAmount: 0, outstandingAmount: 600_000 },
    });
  });

  it('lists the batch received that day with its refused lines and reasons', async () => {
    const body = await getJson(courier.id, `date=${date}`, courier.apiKey);
    expect(body.remittances).toEqual({
      batchCount: 1,
      totalAmount: 4_450_000,
      fundedAmount: 2_650_000,
      refusedAmount: 1_800_000,
      refusedLineCount: 3,
      batches: [
        {
          id: expect.any(String),
          remittanceId,
          bankReference: 'VCB-FT26332123456',
          transferredAt: expect.any(String),
          receivedAt: expect.any(String),
          totalAmount: 4_450_000,
          fundedAmount: 2_650_000,
          refusedAmount: 1_800_000,
          lineCount: 6,
          refusedLines: [
            { lineNo: 3, trackingNumber: 'TRKNOSUCHPARCEL', amount: 300_000, reason: 'UNKNOWN_PARCEL' },
            { lineNo: 4, trackingNumber: unremitted.trackingNumber, amount: 700_000, reason: 'AMOUNT_EXCEEDS_DUE' },
            { lineNo: 5, trackingNumber: othersParcel.trackingNumber, amount: 800_000, reason: 'UNKNOWN_PARCEL' },
          ],
        },
      ],
    });
    expect(businessDateOf(new Date(body.remittances.batches[0].receivedAt))).toBe(date);
  });

  it('ages every parcel still owing cash, any day, with the oldest; the day before shows the old parcel and no batch', async () => {
    const body = await getJson(courier.id, `date=${date}`, courier.apiKey);
    expect(body.unremitted).toMatchObject({
      parcelCount: 3,
      amount: 2_250_000,
      buckets: [
        { bucket: 'UNDER_1_DAY', fromDays: 0, toDays: 1, parcelCount: 2, amount: 1_600_000 },
        { bucket: 'DAYS_1_TO_3', fromDays: 1, toDays: 3, parcelCount: 0, amount: 0 },
        { bucket: 'DAYS_3_TO_7', fromDays: 3, toDays: 7, parcelCount: 1, amount: 650_000 },
        { bucket: 'DAYS_7_OR_MORE', fromDays: 7, toDays: null, parcelCount: 0, amount: 0 },
      ],
      oldest: { orderId: old.orderId, orderCode: old.code, trackingNumber: old.trackingNumber, deliveredAt: old.deliveredAt.toISOString(), outstandingAmount: 650_000, escrowId: old.escrowId },
    });
    const asOf = new Date(body.unremitted.asOf).getTime();
    expect(body.unremitted.oldest?.ageSeconds).toBe(Math.floor((asOf - old.deliveredAt.getTime()) / 1000));

    const oldDay = await getJson(courier.id, `date=${businessDateOf(old.deliveredAt)}`, courier.apiKey);
    expect(oldDay.parcels).toEqual([expect.objectContaining({ orderId: old.orderId, status: 'UNREMITTED', outstandingAmount: 650_000 })]);
    expect(oldDay.remittances).toMatchObject({ batchCount: 0, batches: [] });
    expect(oldDay.unremitted).toMatchObject({ parcelCount: 3, amount: 2_250_000, oldest: { orderId: old.orderId } });
  });

  it('answers CSV for ?format=csv and for Accept: text/csv: a BOM, the header, one row per parcel of the day', async () => {
    for (const res of [await getDay(courier.id, `date=${date}&format=csv`, courier.apiKey), await getDay(courier.id, `date=${date}`, courier.apiKey, { accept: 'text/csv' })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="trustcircle-cod-reconciliation-${courier.id}-${date}.csv"`);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
      expect(text.startsWith(UTF8_BOM)).toBe(true);
      const rows = parseCsv(text);
      expect(rows[0]).toEqual([...COD_RECONCILIATION_CSV_HEADER]);
      expect(rows.slice(1).map((r) => [r[2], r[7], r[8], r[9], r[10], r[11]])).toEqual([
        [matched.orderId, '1000000', '1000000', '1000000', '0', 'MATCHED'],
        [mismatch.orderId, '1200000', '1150000', '1150000', '0', 'COLLECTION_MISMATCH'],
        [short.orderId, '1500000', '1500000', '500000', '1000000', 'REMITTANCE_SHORT'],
        [unremitted.orderId, '600000', '600000', '0', '600000', 'UNREMITTED'],
      ]);
      expect(rows[1].slice(0, 7)).toEqual([date, courier.id, matched.orderId, matched.code, matched.trackingNumber, matched.deliveredAt.toISOString(), expect.stringMatching(/\+07:00$/)]);
    }
  });

  it('answers 404 for another courier’s id with a courier key, 401 without one, and 400 naming date for an impossible day', async () => {
    const foreign = await getDay(courier.id, `date=${date}`, other.apiKey);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ status: 404, title: 'Courier not found' });
    expect((await getDay(courier.id, `date=${date}`)).status).toBe(401);
    for (const bad of ['2026-02-30', '28-11-2026', '']) {
      const res = await getDay(courier.id, `date=${bad}`, courier.apiKey);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ field: string }> }).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'date' })]));
    }
  });

  it('lets any operator read any courier, and answers 404 for an id that is not a courier', async () => {
    const viewer = kit.operatorToken('viewer');
    const mine = await getJson(courier.id, `date=${date}`, viewer);
    expect(mine.totals).toMatchObject({ parcelCount: 4, outstandingAmount: 1_600_000 });
    const theirs = await getJson(other.id, `date=${date}`, kit.operatorToken('mediator'));
    expect(theirs.parcels).toEqual([expect.objectContaining({ orderId: othersParcel.orderId, status: 'UNREMITTED', outstandingAmount: 800_000 })]);
    for (const id of [marketplace.id, collector.id, randomUUID()]) expect((await getDay(id, `date=${date}`, viewer)).status).toBe(404);
  });
});

describe('overdue COD cash', () => {
  it('exports the age of each courier’s oldest unremitted parcel, and no series once a courier owes nothing', async () => {
    const before = kit.now().getTime();
    const seconds = await oldestUnremittedSeconds(courier.id);
    const after = kit.now().getTime();
    expect(seconds).toBeGreaterThanOrEqual(Math.floor((before - old.deliveredAt.getTime()) / 1000));
    expect(seconds).toBeLessThanOrEqual(Math.ceil((after - old.deliveredAt.getTime()) / 1000));
    expect(await oldestUnremittedSeconds(other.id)).toBeGreaterThanOrEqual(Math.floor((before - othersParcel.deliveredAt.getTime()) / 1000));

    const paid = await remit(other, `RMT-${randomUUID()}`, [{ trackingNumber: othersParcel.trackingNumber, amount: 800_000 }]);
    expect(paid.body).toMatchObject({ fundedAmount: 800_000 });
    expect(await oldestUnremittedSeconds(other.id)).toBeNull();
  });

  it('alerts operators once per parcel unremitted for more than 3 days, when the check runs', async () => {
    // The old parcel is overdue already; the check runs at the next slot.
    await kit.advance(6 * 60_000);
    expect(await overdueAlerts(old)).toEqual([
      expect.objectContaining({ severity: 'WARNING', code: 'COD_REMITTANCE_OVERDUE', service: 'escrow', orderId: old.orderId, message: expect.stringContaining('650000 of 650000 VND') }),
    ]);
    expect(await overdueAlerts(short)).toEqual([]);

    // Three days and an hour later, the day's parcels still owing are overdue (those fully remitted are not).
    await kit.advance(3 * DAY + HOUR);
    expect(await overdueAlerts(short)).toEqual([expect.objectContaining({ message: expect.stringContaining('1000000 of 1500000 VND') })]);
    expect(await overdueAlerts(unremitted)).toEqual([expect.objectContaining({ message: expect.stringContaining('600000 of 600000 VND') })]);
    expect(await overdueAlerts(matched)).toEqual([]);
    expect(await overdueAlerts(mismatch)).toEqual([]);

    // Later runs never alert a parcel twice.
    await kit.advance(6 * 60_000);
    await kit.advance(6 * 60_000);
    expect(await overdueAlerts(old)).toHaveLength(1);
    expect(await overdueAlerts(short)).toHaveLength(1);
    expect(await overdueAlerts(unremitted)).toHaveLength(1);
    const [row] = (await kit.db.query(`SELECT "overdue_alerted_at" FROM "escrow"."cod_parcels" WHERE "escrow_id" = $1`, [short.escrowId])) as Array<{ overdue_alerted_at: Date }>;
    expect(row.overdue_alerted_at.toISOString()).toBe((await overdueAlerts(short))[0].raisedAt);
    expect(await oldestUnremittedSeconds(courier.id)).toBeGreaterThanOrEqual(7 * 86_400);
  });
});
