/**
 * Courier trust against the real PostgreSQL, Redis and Kafka (an in-process delivery-tracking app): 45 days of two
 * couriers' history fed through the real intake (shipments registered over the marketplace API, signed generic
 * courier event batches, the clock moved a day at a time; COD remittance lines through their use case, as the
 * `escrow.cod-remitted` consumer does), then `GET /v1/public/trust/courier/{id}` answers exactly the hand-computed
 * windows, trend and label: the 30-day window leaves older days out, a duplicate event counts once, courier A
 * (over every threshold since day 4) carries the safe-delivery label since day 33, courier B (one lost parcel on
 * day 40) does not; a parked event's latency runs to when it was parked; an unknown courier answers 404, a
 * malformed id 400.
 */
import type { ShipmentStatus } from '@trustcircle/contracts';
import { DeliveryTestKit, type TestPartner } from '../testing/delivery-test-kit';
import { RecordCodRemittanceUseCase } from './application/record-cod-remittance/record-cod-remittance.use-case';
import { addDays, type TrustDay, vnDayOf } from './domain/trust-day';

jest.setTimeout(60_000);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LAST_DAY = 44;

let kit: DeliveryTestKit;
let marketplace: TestPartner;
let courierA: TestPartner;
let courierB: TestPartner;
/** Day 0 (Asia/Ho_Chi_Minh); every day's events are sent at about 10:00 in Vietnam. */
let d0: TrustDay;
const day = (k: number): TrustDay => addDays(d0, k);
/** What was delivered when, per courier and day, for the COD remittances. */
const deliveries = new Map<string, { trackingNumber: string; deliveredAt: Date }>();

/**
 * A courier's shipments of day `k`: each registered (expected by 23:00 of its day, Vietnam time), then all their
 * events in one signed batch (each shipment's events in order).
 */
async function ship(courier: TestPartner, k: number, shipments: Array<Array<[ShipmentStatus, minutesAgo: number]>>): Promise<void> {
  const now = kit.now();
  const events: Array<{ trackingNumber: string; status: ShipmentStatus; occurredAt: string }> = [];
  for (const steps of shipments) {
    const { orderId } = await kit.seedOrder(marketplace.id, { placedAt: new Date(now.getTime() - 3 * HOUR) });
    const trackingNumber = kit.trackingNumber();
    const registered = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber, expectedDeliveryAt: `${day(k)}T23:00:00+07:00` });
    expect(registered.status).toBe(201);
    for (const [status, ago] of steps) events.push({ trackingNumber, status, occurredAt: new Date(now.getTime() - ago * MINUTE).toISOString() });
  }
  const res = await kit.signedPost(courier, `/v1/couriers/${courier.id}/events:batch`, { events });
  expect(res.status).toBe(200);
  expect((res.body.results as Array<{ result: string }>).map((r) => r.result)).toEqual(events.map(() => 'accepted'));
  const delivered = events.find((e) => e.status === 'DELIVERED');
  if (delivered) deliveries.set(`${courier.id}/${k}`, { trackingNumber: delivered.trackingNumber, deliveredAt: new Date(delivered.occurredAt) });
}

function trust(id: string) {
  return kit.get(`/v1/public/trust/courier/${id}`);
}

beforeAll(async () => {
  ({ kit, marketplace, courier: courierA, otherCourier: courierB } = await DeliveryTestKit.startWithPartners({ COURIER_TRUST_MIN_DELIVERED: '5' }));
  // to 10:00 in Vietnam (03:00 UTC) of the next day: day 0
  const now = kit.now();
  let start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 3);
  if (start <= now.getTime()) start += DAY;
  await kit.advance(start - now.getTime());
  d0 = vnDayOf(kit.now());
  for (let k = 0; k <= LAST_DAY; k++) {
    // A: picked up 120 minutes ago, delivered 5 minutes ago (on time); day 40 also has a failed attempt 60 minutes ago
    const a: Array<[ShipmentStatus, number]> = k === 40 ? [['PICKED_UP', 120], ['DELIVERY_FAILED', 60], ['DELIVERED', 5]] : [['PICKED_UP', 120], ['DELIVERED', 5]];
    // B: the same, two shipments a day on days 0–9, and on day 40 the parcel is lost instead of delivered
    const b: Array<[ShipmentStatus, number]> = [['PICKED_UP', 120], [k === 40 ? 'LOST' : 'DELIVERED', 5]];
    await Promise.all([ship(courierA, k, [a]), ship(courierB, k, k < 10 ? [b, b] : [b])]);
    if (k < LAST_DAY) kit.advanceWithoutSweep(DAY);
  }
  // COD remittance lines, as the escrow.cod-remitted consumer applies them (ages 1, 1.5 and 2 days for A; B's has
  // no collection time: its delivery as tracked stands in for it)
  const remit = kit.app.get(RecordCodRemittanceUseCase);
  const line = (courier: TestPartner, k: number, ageMinutes: number, withCollection = true) => {
    const d = deliveries.get(`${courier.id}/${k}`);
    if (!d) throw new Error(`no delivery of day ${k}`);
    const collectedAt = withCollection ? d.deliveredAt.toISOString() : null;
    return kit.tx((m) => remit.execute(m, { courierId: courier.id, trackingNumber: d.trackingNumber, collectedAt, transferredAt: new Date(d.deliveredAt.getTime() + ageMinutes * MINUTE).toISOString() }));
  };
  expect([await line(courierA, 36, 1440), await line(courierA, 38, 2160), await line(courierA, 42, 2880)]).toEqual(['recorded', 'recorded', 'recorded']);
  expect([await line(courierB, 43, 1440, false), await line(courierB, 43, 1440, false)]).toEqual(['recorded', 'already-recorded']);
  const unknown = { courierId: courierB.id, trackingNumber: kit.trackingNumber(), collectedAt: null, transferredAt: kit.now().toISOString() };
  expect(await kit.tx((m) => remit.execute(m, unknown))).toBe('no-collection-time');
});

afterAll(async () => {
  await kit?.close();
});

describe('GET /v1/public/trust/courier/{id}', () => {
  it('counts a duplicate courier event once', async () => {
    const d = deliveries.get(`${courierA.id}/${LAST_DAY}`);
    const again = await kit.courierEvent(courierA, { trackingNumber: d?.trackingNumber, status: 'DELIVERED', occurredAt: d?.deliveredAt.toISOString() });
    expect(again.status).toBe(201);
    expect(again.body.duplicate).toBe(true);
    // the windows below count A's 45 deliveries and 91 latencies once each
  });

  it('answers courier A’s windows, trend and label, exactly; public and cached for a minute', async () => {
    const res = await trust(courierA.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const { trend, ...rest } = res.body as { trend: Array<{ day: string; score30d: number | null }>; asOf: string };
    expect(rest).toEqual({
      kind: 'courier',
      id: courierA.id,
      name: `Test COURIER ${courierA.id.slice(0, 8)}`,
      asOf: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      windows: {
        // days 15–44: 30 shipments, all delivered on their day (100.0 %); attempts 30 + 1 failed (day 40): 1/31 = 3.2 %;
        // latencies 30 × 5, 1 × 60, 30 × 120 minutes: median (31st of 61) 60; COD ages 1440, 2160, 2880 min: 1.5 days.
        // score: 40 × 1 + 20 × (1 − 5 × 1/31) + 20 × 1 + 10 × (1 − 60/240) + 10 × (1 − 1.5/7) = 40 + 16.77 + 20 + 7.5 + 7.86 = 92.13 → 92
        '30d': {
          days: 30,
          from: day(15),
          to: day(44),
          score: 92,
          parts: { onTimePct: 100, failedAttemptPct: 3.2, exceptionPct: 0, eventLatencyMinutes: 60, codRemittanceDays: 1.5, shipments: 30, delivered: 30 },
        },
        // days −45–44 (all 45 days): attempts 46, 1 failed: 2.2 %; latencies 45 × 5, 1 × 60, 45 × 120: median (46th of 91) 60.
        // score: 40 + 20 × (1 − 5/46) + 20 + 7.5 + 7.86 = 40 + 17.83 + 20 + 7.5 + 7.86 = 93.18 → 93
        '90d': {
          days: 90,
          from: day(-45),
          to: day(44),
          score: 93,
          parts: { onTimePct: 100, failedAttemptPct: 2.2, exceptionPct: 0, eventLatencyMinutes: 60, codRemittanceDays: 1.5, shipments: 45, delivered: 45 },
        },
      },
      // every day from day 4 (the first 30-day window with 5 deliveries) through yesterday (day 43) qualifies: 40 days,
      // so the label was earned on the 30th of them, day 4 + 29 = day 33
      label: { safeDelivery: true, since: day(33), thresholds: { onTimePct: 95, failedAttemptPct: 5, exceptionPct: 1, codRemittanceDays: 2 } },
    });
    expect(Math.abs(Date.parse(rest.asOf) - kit.now().getTime())).toBeLessThan(MINUTE);
    expect(trend).toHaveLength(90);
    expect(trend[0]).toEqual({ day: day(-45), score30d: null });
    // day 3: 4 deliveries, below the minimum of 5; day 4: days 0–4, 5 shipments delivered on time, latencies 5 × 5 and
    // 5 × 120 (median 62.5), no COD: (40 + 20 + 20 + 10 × (1 − 62.5/240)) / 90 × 100 = 87.40 / 0.9 = 97.11 → 97
    expect(trend.slice(48, 50)).toEqual([
      { day: day(3), score30d: null },
      { day: day(4), score30d: 97 },
    ]);
    expect(trend[89]).toEqual({ day: day(44), score30d: 92 });
    // read again (the days are judged already): the same label
    expect((await trust(courierA.id)).body.label).toEqual({ safeDelivery: true, since: day(33), thresholds: { onTimePct: 95, failedAttemptPct: 5, exceptionPct: 1, codRemittanceDays: 2 } });
  });

  it('answers courier B: the 30-day window leaves days 0–14 out, and one bad day keeps the label off', async () => {
    const res = await trust(courierB.id);
    expect(res.status).toBe(200);
    const body = res.body as Record<string, Record<string, unknown>>;
    expect(body.windows).toEqual({
      // days 15–44: 30 shipments, 29 delivered on time, 1 lost (day 40): exceptions 1/30 = 3.3 %; no failed attempt;
      // latencies 30 × 5 (deliveries and the loss) and 30 × 120: median (5 + 120) / 2 = 62.5; COD 1440 min: 1.0 day.
      // score: 40 + 20 + 20 × (1 − 10/30) + 10 × (1 − 62.5/240) + 10 × (1 − 1/7) = 40 + 20 + 13.33 + 7.40 + 8.57 = 89.30 → 89
      '30d': {
        days: 30,
        from: day(15),
        to: day(44),
        score: 89,
        parts: { onTimePct: 100, failedAttemptPct: 0, exceptionPct: 3.3, eventLatencyMinutes: 62.5, codRemittanceDays: 1, shipments: 30, delivered: 29 },
      },
      // all 45 days: 2 × 10 + 35 = 55 shipments, 54 delivered, 1 exception: 1.8 %.
      // score: 40 + 20 + 20 × (1 − 10/55) + 7.40 + 8.57 = 40 + 20 + 16.36 + 7.40 + 8.57 = 92.33 → 92
      '90d': {
        days: 90,
        from: day(-45),
        to: day(44),
        score: 92,
        parts: { onTimePct: 100, failedAttemptPct: 0, exceptionPct: 1.8, eventLatencyMinutes: 62.5, codRemittanceDays: 1, shipments: 55, delivered: 54 },
      },
    });
    // days 2–39 qualified (38 days in a row); day 40's window has 1 exception in 30 shipments (> 1 %), and so do days 41–43
    expect(body.label).toEqual({ safeDelivery: false, since: null, thresholds: { onTimePct: 95, failedAttemptPct: 5, exceptionPct: 1, codRemittanceDays: 2 } });
  });

  it('times a parked event’s latency from when it was parked, not from its replay at the registration', async () => {
    const courierC = await kit.registerPartner('COURIER');
    const trackingNumber = kit.trackingNumber();
    const parked = await kit.courierEvent(courierC, { trackingNumber, status: 'PICKED_UP', occurredAt: new Date(kit.now().getTime() - 5 * MINUTE).toISOString() });
    expect(parked.status).toBe(202);
    kit.advanceWithoutSweep(2 * HOUR);
    const { orderId } = await kit.seedOrder(marketplace.id, { placedAt: new Date(kit.now().getTime() - 3 * HOUR) });
    expect((await kit.registerShipment(marketplace, { orderId, courier: courierC.id, trackingNumber })).status).toBe(201);
    const res = await trust(courierC.id);
    // one shipment, picked up 5 minutes before it was parked (replayed 2 hours later: 125 minutes if timed at the replay)
    expect((res.body.windows as Record<string, unknown>)['30d']).toEqual({
      days: 30,
      from: day(15),
      to: day(44),
      score: null,
      parts: { onTimePct: null, failedAttemptPct: null, exceptionPct: 0, eventLatencyMinutes: 5, codRemittanceDays: null, shipments: 1, delivered: 0 },
    });
  });

  it('answers 404 for an unknown courier (or a partner that is not a courier), 400 naming the id for a malformed one', async () => {
    const unknown = await trust('7d4f0c1e-3b7a-4c55-9a51-1f0e6a0f2b11');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ type: expect.stringContaining('courier-not-found') });
    expect((await trust(marketplace.id)).status).toBe(404);
    const malformed = await trust('not-a-courier-id');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('"id"');
  });
});
