/**
 * The courier edge in the generic format against the real PostgreSQL, Redis and Kafka (an in-process
 * delivery-tracking app): signed single events and batches, and the Kafka courier intake (signed records; a
 * forged or unsigned one is dead-lettered). Realistic sequences (happy path, out of order, duplicates, failed
 * attempts, delivered then returned, registered late), forged signatures (401), another courier's parcel (404 +
 * security log), and a table of malformed bodies (400 naming the field, nothing stored).
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { INTAKE_HEADERS, sampleCourierIntake } from '@trustcircle/contracts';
import { generateWebhookSecret, signIntakeRecord } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DeliveryTestKit, type TestPartner } from '../testing/delivery-test-kit';

jest.setTimeout(60_000);

let kit: DeliveryTestKit;
let marketplace: TestPartner;
let courier: TestPartner;
let otherCourier: TestPartner;
let producer: Producer;

beforeAll(async () => {
  ({ kit, marketplace, courier, otherCourier } = await DeliveryTestKit.startWithPartners());
  producer = new Kafka({ clientId: 'delivery-couriers-int', brokers: (process.env.KAFKA_BROKERS as string).split(','), logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await kit?.close();
});

/** `minutes` before the app clock's now, as the courier writes it (Vietnam time, +07:00). */
function ago(minutes: number): string {
  const t = new Date(kit.now().getTime() - minutes * 60_000 + 7 * 3_600_000);
  return `${t.toISOString().slice(0, 19)}+07:00`;
}

/** A shipment of a new order registered with `courier` (outbound unless said). */
async function shipment(): Promise<{ orderId: string; trackingNumber: string; shipmentId: string }> {
  const { orderId } = await kit.seedOrder(marketplace.id);
  const trackingNumber = kit.trackingNumber('GEN');
  const res = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber });
  expect(res.status).toBe(201);
  return { orderId, trackingNumber, shipmentId: (await kit.shipment(courier.id, trackingNumber)).id };
}

function event(trackingNumber: string, status: string, minutesAgo: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { trackingNumber, status, occurredAt: ago(minutesAgo), ...extra };
}

function batch(from: TestPartner, events: unknown[]): ReturnType<DeliveryTestKit['signedPost']> {
  return kit.signedPost(from, `/v1/couriers/${from.id}/events:batch`, { events });
}

/** The delivery events recorded for an order, without the registration. */
async function trackingEvents(orderId: string): Promise<string[]> {
  return (await kit.eventTypes(orderId)).filter((t) => t !== 'delivery.shipment-registered');
}

describe('POST /v1/couriers/{courierId}/events', () => {
  it('records a happy path INFO_RECEIVED → DELIVERED with a status change each and the first-scan and delivered milestones', async () => {
    const { orderId, trackingNumber, shipmentId } = await shipment();
    const statuses = ['INFO_RECEIVED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'];
    for (const [i, status] of statuses.entries()) {
      const res = await kit.courierEvent(courier, event(trackingNumber, status, 50 - i * 10, status === 'DELIVERED' ? { codAmount: 1_235_000, location: 'Hà Nội' } : {}));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ checkpointId: expect.any(String), shipmentId, status, currentStatus: status, late: false, flagged: false, duplicate: false });
    }
    expect(await trackingEvents(orderId)).toEqual([
      'delivery.shipment-status-changed',
      'delivery.shipment-status-changed',
      'delivery.shipment-first-scanned',
      'delivery.shipment-status-changed',
      'delivery.shipment-status-changed',
      'delivery.shipment-status-changed',
      'delivery.shipment-delivered',
    ]);
    const [delivered] = await kit.eventData(orderId, 'delivery.shipment-delivered');
    expect(delivered).toMatchObject({ shipmentId, courierId: courier.id, trackingNumber, direction: 'OUTBOUND', codAmount: 1_235_000, location: 'Hà Nội' });
    const timeline = await kit.timeline(shipmentId);
    expect(timeline.map((c) => [c.status, c.rawStatus, c.source])).toEqual(statuses.map((s) => [s, s, 'GENERIC']));
    expect((await kit.shipment(courier.id, trackingNumber)).status).toBe('DELIVERED');
  });

  it('inserts an event that arrives out of order in its place, flagged late, without regressing the current status', async () => {
    const { orderId, trackingNumber, shipmentId } = await shipment();
    expect((await kit.courierEvent(courier, event(trackingNumber, 'IN_TRANSIT', 20))).body).toMatchObject({ currentStatus: 'IN_TRANSIT', late: false });
    const late = await kit.courierEvent(courier, event(trackingNumber, 'PICKED_UP', 40));
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ status: 'PICKED_UP', currentStatus: 'IN_TRANSIT', late: true, flagged: false });
    expect((await kit.timeline(shipmentId)).map((c) => [c.status, c.late])).toEqual([
      ['PICKED_UP', true],
      ['IN_TRANSIT', false],
    ]);
    expect((await kit.shipment(courier.id, trackingNumber)).status).toBe('IN_TRANSIT');
    const changes = await kit.eventData(orderId, 'delivery.shipment-status-changed');
    expect(changes.map((c) => [c.status, c.currentStatus, c.late])).toEqual([
      ['IN_TRANSIT', 'IN_TRANSIT', false],
      ['PICKED_UP', 'IN_TRANSIT', true],
    ]);
  });

  it('absorbs duplicates (same tracking number, status and time): the same checkpoint, nothing emitted twice', async () => {
    const { orderId, trackingNumber } = await shipment();
    const body = event(trackingNumber, 'PICKED_UP', 30);
    const first = await kit.courierEvent(courier, body);
    const again = await kit.courierEvent(courier, { ...body, note: 'resent by the courier' }); // a new webhook message
    expect(again.status).toBe(201);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    expect(await kit.checkpointCount(trackingNumber)).toBe(1);
    expect(await trackingEvents(orderId)).toEqual(['delivery.shipment-status-changed', 'delivery.shipment-first-scanned']);
  });

  it('counts failed attempts and then records the delivery (no failed-for-good milestone below the limit)', async () => {
    const { orderId, trackingNumber } = await shipment();
    await kit.courierEvent(courier, event(trackingNumber, 'OUT_FOR_DELIVERY', 50));
    for (const minutes of [40, 30]) {
      const failed = await kit.courierEvent(courier, event(trackingNumber, 'DELIVERY_FAILED', minutes, { note: 'Người nhận không nghe máy' }));
      expect(failed.body).toMatchObject({ currentStatus: 'DELIVERY_FAILED' });
    }
    const delivered = await kit.courierEvent(courier, event(trackingNumber, 'DELIVERED', 10));
    expect(delivered.body).toMatchObject({ currentStatus: 'DELIVERED', flagged: false });
    const s = await kit.shipment(courier.id, trackingNumber);
    expect([s.status, s.failedAttempts, s.failedFinallyAt]).toEqual(['DELIVERED', 2, null]);
    const types = await trackingEvents(orderId);
    expect(types).toContain('delivery.shipment-delivered');
    expect(types).not.toContain('delivery.shipment-delivery-failed-finally');
  });

  it('applies a return after a delivery, flagged CONTRADICTS_TERMINAL, then the RETURNED milestone', async () => {
    const { orderId, trackingNumber, shipmentId } = await shipment();
    await kit.courierEvent(courier, event(trackingNumber, 'DELIVERED', 40));
    const returning = await kit.courierEvent(courier, event(trackingNumber, 'RETURNING', 20, { note: 'Khách từ chối nhận' }));
    expect(returning.body).toMatchObject({ status: 'RETURNING', currentStatus: 'RETURNING', late: false, flagged: true });
    const returned = await kit.courierEvent(courier, event(trackingNumber, 'RETURNED', 5));
    expect(returned.body).toMatchObject({ currentStatus: 'RETURNED' });
    expect((await kit.timeline(shipmentId)).map((c) => [c.status, c.flagReason])).toEqual([
      ['DELIVERED', null],
      ['RETURNING', 'CONTRADICTS_TERMINAL'],
      ['RETURNED', null],
    ]);
    expect(await kit.eventData(orderId, 'delivery.shipment-returned')).toEqual([expect.objectContaining({ shipmentId, direction: 'OUTBOUND' })]);
  });

  it('parks an event for a tracking number not registered yet (202) and applies it when the shipment is registered', async () => {
    const { orderId } = await kit.seedOrder(marketplace.id);
    const trackingNumber = kit.trackingNumber('LATE');
    const parked = await kit.courierEvent(courier, event(trackingNumber, 'PICKED_UP', 30));
    expect(parked.status).toBe(202);
    expect(parked.body).toEqual({ parked: true, expiresAt: expect.any(String) });
    expect(new Date(parked.body.expiresAt as string).getTime()).toBeGreaterThan(kit.now().getTime() + 6 * 86_400_000);
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
    expect((await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber })).status).toBe(201);
    const s = await kit.shipment(courier.id, trackingNumber);
    expect((await kit.timeline(s.id)).map((c) => [c.status, c.source])).toEqual([['PICKED_UP', 'GENERIC']]);
    expect(await kit.eventTypes(orderId)).toEqual(expect.arrayContaining(['delivery.shipment-status-changed', 'delivery.shipment-first-scanned']));
  });

  it('answers 401 to a forged signature and to a courier signing for another courier’s id, storing nothing', async () => {
    const { trackingNumber } = await shipment();
    const forged = await kit.courierEvent(courier, event(trackingNumber, 'PICKED_UP', 30), { signWith: generateWebhookSecret().secret });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const impostor = await kit.signedPost(otherCourier, `/v1/couriers/${courier.id}/events`, event(trackingNumber, 'PICKED_UP', 30));
    expect(impostor.status).toBe(401);
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('answers 404 to an event for another courier’s parcel, stores nothing and logs it for security', async () => {
    const { trackingNumber } = await shipment();
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const res = await kit.courierEvent(otherCourier, event(trackingNumber, 'DELIVERED', 10));
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ type: expect.stringContaining('shipment-not-found'), status: 404, field: 'trackingNumber' });
      const lines = warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('courier-event-foreign-parcel'));
      expect(lines).toEqual([expect.stringContaining(`courierId="${otherCourier.id}"`)]);
      expect(lines[0]).toContain(`trackingNumber="${trackingNumber}"`);
    } finally {
      warn.mockRestore();
    }
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('refuses (400 naming occurredAt) an event far in the future or before the order, storing nothing', async () => {
    const { trackingNumber } = await shipment();
    const future = await kit.courierEvent(courier, event(trackingNumber, 'PICKED_UP', -60));
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ type: expect.stringContaining('courier-event-refused'), field: 'occurredAt' });
    const beforeOrder = await kit.courierEvent(courier, event(trackingNumber, 'PICKED_UP', 3 * 60));
    expect(beforeOrder.status).toBe(400);
    expect(beforeOrder.body).toMatchObject({ field: 'occurredAt', detail: expect.stringMatching(/before the order/) });
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  const MALFORMED: Array<[string, Record<string, unknown>, string]> = [
    ['trackingNumber missing', { trackingNumber: undefined }, 'trackingNumber'],
    ['trackingNumber with a space', { trackingNumber: 'GHN 1' }, 'trackingNumber'],
    ['trackingNumber over 64 characters', { trackingNumber: 'A'.repeat(65) }, 'trackingNumber'],
    ['trackingNumber not a string', { trackingNumber: 12345 }, 'trackingNumber'],
    ['status missing', { status: undefined }, 'status'],
    ['status not in the vocabulary', { status: 'delivered' }, 'status'],
    ['occurredAt missing', { occurredAt: undefined }, 'occurredAt'],
    ['occurredAt not an instant', { occurredAt: 'hôm qua' }, 'occurredAt'],
    ['occurredAt without an offset', { occurredAt: '2025-03-03T16:00:00' }, 'occurredAt'],
    ['occurredAt an impossible date', { occurredAt: '2025-02-30T16:00:00+07:00' }, 'occurredAt'],
    ['location over 300 characters', { location: 'x'.repeat(301) }, 'location'],
    ['location not a string', { location: 42 }, 'location'],
    ['note over 500 characters', { note: 'x'.repeat(501) }, 'note'],
    ['codAmount negative', { codAmount: -1 }, 'codAmount'],
    ['codAmount a fraction', { codAmount: 1000.5 }, 'codAmount'],
    ['codAmount a string', { codAmount: '1000' }, 'codAmount'],
    ['codAmount too big', { codAmount: 10_000_000_000_001 }, 'codAmount'],
    ['an unknown field', { weightGrams: 500 }, 'weightGrams'],
  ];

  it.each(MALFORMED)('refuses a body with %s (400 naming the field, nothing stored)', async (_what, change, field) => {
    const { trackingNumber } = await shipment();
    const body: Record<string, unknown> = { ...event(trackingNumber, 'PICKED_UP', 30), ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
    const res = await kit.courierEvent(courier, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });
});

describe('POST /v1/couriers/{courierId}/events:batch', () => {
  it('answers one result per item in order: accepted, duplicate, invalid, parked, refused and not-found, never sinking the batch', async () => {
    const mine = await shipment();
    const theirs = kit.trackingNumber('OTHER');
    const { orderId: otherOrder } = await kit.seedOrder(marketplace.id);
    expect((await kit.registerShipment(marketplace, { orderId: otherOrder, courier: otherCourier.id, trackingNumber: theirs })).status).toBe(201);
    const unknown = kit.trackingNumber('UNK');
    const picked = event(mine.trackingNumber, 'PICKED_UP', 40);
    const res = await batch(courier, [
      picked,
      event(mine.trackingNumber, 'IN_TRANSIT', 30),
      { ...picked },
      event(mine.trackingNumber, 'nope', 25),
      { ...event(mine.trackingNumber, 'OUT_FOR_DELIVERY', 20), extra: true },
      event(unknown, 'PICKED_UP', 20),
      event(mine.trackingNumber, 'OUT_FOR_DELIVERY', -60),
      event(theirs, 'DELIVERED', 10),
      'not an object',
      event(mine.trackingNumber, 'OUT_FOR_DELIVERY', 10),
    ]);
    expect(res.status).toBe(200);
    const results = res.body.results as Array<Record<string, unknown>>;
    expect(results.map((r) => [r.index, r.result])).toEqual([
      [0, 'accepted'],
      [1, 'accepted'],
      [2, 'duplicate'],
      [3, 'invalid'],
      [4, 'invalid'],
      [5, 'parked'],
      [6, 'refused'],
      [7, 'not-found'],
      [8, 'invalid'],
      [9, 'accepted'],
    ]);
    expect(results[2].checkpointId).toBe(results[0].checkpointId);
    expect(results[3].errors).toEqual([expect.objectContaining({ field: 'status' })]);
    expect(results[4].errors).toEqual([expect.objectContaining({ field: 'extra' })]);
    expect(results[5]).toMatchObject({ expiresAt: expect.any(String) });
    expect(results[6].errors).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
    expect((await kit.timeline(mine.shipmentId)).map((c) => [c.status, c.source])).toEqual([
      ['PICKED_UP', 'GENERIC_BATCH'],
      ['IN_TRANSIT', 'GENERIC_BATCH'],
      ['OUT_FOR_DELIVERY', 'GENERIC_BATCH'],
    ]);
    expect(await kit.checkpointCount(theirs)).toBe(0);
  });

  it('refuses a batch of more than 500 events, or none, naming events (400, nothing stored)', async () => {
    const { trackingNumber } = await shipment();
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ ...sampleCourierIntake(), trackingNumber, status: 'IN_TRANSIT', occurredAt: ago(50 - i / 20) }));
    for (const events of [tooMany, [], 'all of them']) {
      const res = await kit.signedPost(courier, `/v1/couriers/${courier.id}/events:batch`, { events });
      expect(res.status).toBe(400);
      expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain('events');
    }
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('answers 401 to a forged batch, storing nothing', async () => {
    const { trackingNumber } = await shipment();
    const res = await kit.signedPost(courier, `/v1/couriers/${courier.id}/events:batch`, { events: [event(trackingNumber, 'PICKED_UP', 30)] }, { signWith: generateWebhookSecret().secret });
    expect(res.status).toBe(401);
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });
});

describe('Kafka intake (delivery.courier-intake.v1)', () => {
  /** Produces an event as `partnerId` (header `tc-partner-id`), signed with `signWith` (that partner's own secret unless said; null: unsigned). */
  async function produce(partnerId: string | undefined, body: Record<string, unknown>, opts: { signWith?: string | null } = {}): Promise<void> {
    const value = JSON.stringify(body);
    const secret = opts.signWith === undefined ? [courier, otherCourier, marketplace].find((p) => p.id === partnerId)?.secret ?? generateWebhookSecret().secret : opts.signWith;
    const signature = secret ? signIntakeRecord(secret, value, { id: `msg_${randomUUID()}`, timestamp: kit.now() }) : {};
    await producer.send({
      topic: 'delivery.courier-intake.v1',
      messages: [{ key: String(body.trackingNumber), value, headers: { ...(partnerId ? { [INTAKE_HEADERS.partnerId]: partnerId } : {}), ...signature } }],
    });
  }

  async function deadLetter(key: string): Promise<{ reason: string; detail: string } | undefined> {
    const rows = (await kit.db.query(`SELECT reason, detail FROM "delivery"."dead_letters" WHERE topic = 'delivery.courier-intake.v1' AND key = $1`, [key])) as Array<{
      reason: string;
      detail: string;
    }>;
    return rows[0];
  }

  it('records a courier’s event from Kafka as the HTTP API would (source KAFKA), a repeat absorbed', async () => {
    const { orderId, trackingNumber, shipmentId } = await shipment();
    const body = event(trackingNumber, 'PICKED_UP', 30);
    await produce(courier.id, body);
    await produce(courier.id, body);
    await produce(courier.id, event(trackingNumber, 'IN_TRANSIT', 20));
    await waitFor(async () => (await kit.checkpointCount(trackingNumber)) === 2, { what: 'the checkpoints from Kafka' });
    expect((await kit.timeline(shipmentId)).map((c) => [c.status, c.source])).toEqual([
      ['PICKED_UP', 'KAFKA'],
      ['IN_TRANSIT', 'KAFKA'],
    ]);
    expect(await trackingEvents(orderId)).toEqual(['delivery.shipment-status-changed', 'delivery.shipment-first-scanned', 'delivery.shipment-status-changed']);
  });

  it('replays a happy path produced out of order (DELIVERED first, then the earlier PICKED_UP and IN_TRANSIT): DELIVERED stays current, the late ones flagged and in place', async () => {
    const { orderId, trackingNumber, shipmentId } = await shipment();
    await produce(courier.id, event(trackingNumber, 'DELIVERED', 10));
    await produce(courier.id, event(trackingNumber, 'PICKED_UP', 40));
    await produce(courier.id, event(trackingNumber, 'IN_TRANSIT', 30));
    await waitFor(async () => (await kit.checkpointCount(trackingNumber)) === 3, { what: 'the out-of-order checkpoints from Kafka' });
    expect((await kit.timeline(shipmentId)).map((c) => [c.status, c.late, c.flagged, c.source])).toEqual([
      ['PICKED_UP', true, false, 'KAFKA'],
      ['IN_TRANSIT', true, false, 'KAFKA'],
      ['DELIVERED', false, false, 'KAFKA'],
    ]);
    expect((await kit.shipment(courier.id, trackingNumber)).status).toBe('DELIVERED');
    expect((await kit.eventData(orderId, 'delivery.shipment-status-changed')).map((c) => [c.status, c.currentStatus, c.late])).toEqual([
      ['DELIVERED', 'DELIVERED', false],
      ['PICKED_UP', 'DELIVERED', true],
      ['IN_TRANSIT', 'DELIVERED', true],
    ]);
    expect((await trackingEvents(orderId)).filter((t) => t !== 'delivery.shipment-status-changed')).toEqual(['delivery.shipment-first-scanned', 'delivery.shipment-delivered']);
  });

  it('dead-letters a poison message, a sender that is not an active courier and another courier’s parcel, with the reason, and goes on', async () => {
    const { trackingNumber } = await shipment();
    const poison = kit.trackingNumber('POISON');
    await produce(courier.id, event(poison, 'delivered', 20));
    const fromMarketplace = kit.trackingNumber('MKT');
    await produce(marketplace.id, event(fromMarketplace, 'PICKED_UP', 20));
    await produce(randomUUID(), event(fromMarketplace, 'IN_TRANSIT', 20)); // same key: a partner nobody knows
    await produce(otherCourier.id, event(trackingNumber, 'DELIVERED', 15));
    await produce(courier.id, event(trackingNumber, 'PICKED_UP', 10));
    await waitFor(async () => (await kit.checkpointCount(trackingNumber)) === 1, { what: 'the good event after the poison' });
    const dead = (key: string): Promise<{ reason: string; detail: string }> => waitFor(() => deadLetter(key), { what: `the dead letter of ${key}` });
    expect(await dead(poison)).toMatchObject({ reason: 'INVALID_PAYLOAD', detail: expect.stringMatching(/status/) });
    expect(await dead(fromMarketplace)).toMatchObject({ reason: 'HANDLER_REJECTED', detail: expect.stringMatching(/not an active courier/) });
    expect(await dead(trackingNumber)).toMatchObject({ reason: 'HANDLER_REJECTED', detail: expect.stringMatching(/not registered with courier/) });
    expect((await kit.timeline((await kit.shipment(courier.id, trackingNumber)).id)).map((c) => c.status)).toEqual(['PICKED_UP']);
  });

  it('dead-letters an event another courier signed but headed as this courier, or an unsigned one (CONTRACT_VIOLATION), recording nothing; the courier’s own signed event then records', async () => {
    const first = await shipment();
    const second = await shipment();
    const forged = event(first.trackingNumber, 'DELIVERED', 20);
    await produce(courier.id, forged, { signWith: otherCourier.secret });
    await produce(courier.id, event(second.trackingNumber, 'DELIVERED', 20), { signWith: null });
    await produce(courier.id, event(first.trackingNumber, 'PICKED_UP', 10)); // same key as the forgery: after it

    await waitFor(async () => (await kit.checkpointCount(first.trackingNumber)) === 1, { what: 'the genuine event after the forgery' });
    expect((await kit.timeline(first.shipmentId)).map((c) => c.status)).toEqual(['PICKED_UP']);
    const dead = (key: string): Promise<{ reason: string; detail: string }> => waitFor(() => deadLetter(key), { what: `the dead letter of ${key}` });
    expect(await dead(first.trackingNumber)).toMatchObject({ reason: 'CONTRACT_VIOLATION', detail: expect.stringMatching(/signature refused \(forged\)/) });
    expect(await dead(second.trackingNumber)).toMatchObject({ reason: 'CONTRACT_VIOLATION', detail: expect.stringMatching(/signature refused \(unsigned\)/) });
    expect(await kit.checkpointCount(second.trackingNumber)).toBe(0);
    expect((await kit.shipment(courier.id, first.trackingNumber)).status).not.toBe('DELIVERED');
  });
});
