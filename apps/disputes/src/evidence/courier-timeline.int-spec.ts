/**
 * The courier timeline as evidence, against the real PostgreSQL, Redis and Kafka (an in-process disputes app):
 * delivery events published on `delivery.events.v1` reach disputes' consumer, each checkpoint is copied once into
 * `courier_checkpoints` (a replayed event, or a milestone repeating a checkpoint, writes nothing new), and
 * `CourierTimelineQuery` answers the order's timeline in the order things happened.
 */
import { randomUUID } from 'node:crypto';
import { EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf } from '@trustcircle/contracts';
import { waitFor } from '@trustcircle/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DisputesTestKit } from '../testing/disputes-test-kit';
import { CourierTimelineOnDeliveryEvents } from './api/courier-timeline.consumer';
import { CourierTimelineQuery } from './application/courier-timeline/courier-timeline.query';
import { RecordCourierCheckpointUseCase } from './application/record-courier-checkpoint/record-courier-checkpoint.use-case';
import type { CourierCheckpointEvent } from './domain/courier-checkpoint';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const env = { ...process.env } as Record<string, string>;
let kit: DisputesTestKit;
let producer: Producer;

beforeAll(async () => {
  kit = await DisputesTestKit.start();
  producer = new Kafka({ clientId: 'disputes-courier-timeline-int-spec', brokers: env.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING }).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await kit?.close();
});

/** One shipment of an order: its ids, and its events at instants counted in hours from a fixed day. */
function shipment(orderId: string, direction: 'OUTBOUND' | 'RETURN', trackingNumber: string) {
  const about = { orderId, shipmentId: randomUUID(), courierId: randomUUID(), trackingNumber, direction };
  const at = (h: number): string => new Date(Date.UTC(2026, 10, 20, 1) + h * HOUR).toISOString();
  return {
    status: (status: PayloadOf<'delivery.shipment-status-changed'>['status'], h: number, extra: Partial<PayloadOf<'delivery.shipment-status-changed'>> = {}) =>
      kit.event('delivery.shipment-status-changed', { ...about, status, currentStatus: status, rawStatus: status.toLowerCase(), occurredAt: at(h), location: null, note: null, ...extra }),
    delivered: (h: number) => kit.event('delivery.shipment-delivered', { ...about, deliveredAt: at(h), location: null }),
    lost: (h: number) => kit.event('delivery.shipment-lost', { ...about, lostAt: at(h) }),
    at: (h: number) => new Date(at(h)),
  };
}

/** Publishes events on their topics, keyed as the catalogue says. */
async function publish(...events: Array<EventOf<EventType>>): Promise<void> {
  for (const e of events) await producer.send({ topic: EVENT_CATALOGUE[e.type].topic, messages: [{ key: e.key, value: JSON.stringify(e) }] });
}

/** Whether the consumer `by` (any, when not given) has taken the event (its inbox row). */
async function consumed(eventId: string, by = '%'): Promise<boolean> {
  return ((await kit.db.query(`SELECT 1 FROM "disputes"."inbox" WHERE "event_id" = $1 AND "consumer" LIKE $2`, [eventId, by])) as unknown[]).length > 0;
}

async function checkpointRows(orderId: string): Promise<number> {
  const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "disputes"."courier_checkpoints" WHERE "order_id" = $1`, [orderId])) as Array<{ n: number }>;
  return n;
}

const timeline = (orderId: string) => kit.app.get(CourierTimelineQuery).forOrder(null, orderId);

it('copies every checkpoint of an order’s shipments from Kafka once, in the order they happened, replays and repeated milestones adding nothing', async () => {
  const orderId = randomUUID();
  const out = shipment(orderId, 'OUTBOUND', 'GHN-OUT-1');
  const back = shipment(orderId, 'RETURN', 'GHN-RET-1');
  const events = [
    out.status('PICKED_UP', 0, { location: 'Bưu cục Cầu Giấy' }),
    out.status('OUT_FOR_DELIVERY', 20),
    out.status('IN_TRANSIT', 5, { late: true, location: 'Kho Bắc Ninh' }), // arrived after a later checkpoint
    out.status('DELIVERED', 24, { location: 'Hà Nội', note: 'Giao cho người nhận' }),
    out.delivered(24), // the milestone repeating the DELIVERED checkpoint
    back.status('PICKED_UP', 72),
  ];
  await publish(...events);
  for (const e of events) await waitFor(() => consumed(e.id, CourierTimelineOnDeliveryEvents.name), { what: `disputes to consume ${e.type}` });

  const expected = [
    { direction: 'OUTBOUND', trackingNumber: 'GHN-OUT-1', status: 'PICKED_UP', occurredAt: out.at(0), location: 'Bưu cục Cầu Giấy', description: null },
    { direction: 'OUTBOUND', trackingNumber: 'GHN-OUT-1', status: 'IN_TRANSIT', occurredAt: out.at(5), location: 'Kho Bắc Ninh', description: null },
    { direction: 'OUTBOUND', trackingNumber: 'GHN-OUT-1', status: 'OUT_FOR_DELIVERY', occurredAt: out.at(20), location: null, description: null },
    { direction: 'OUTBOUND', trackingNumber: 'GHN-OUT-1', status: 'DELIVERED', occurredAt: out.at(24), location: 'Hà Nội', description: 'Giao cho người nhận' },
    { direction: 'RETURN', trackingNumber: 'GHN-RET-1', status: 'PICKED_UP', occurredAt: back.at(72), location: null, description: null },
  ];
  expect(await timeline(orderId)).toEqual(expected);

  // The same envelopes again (a redelivery), then a marker on the same key: once it is consumed, so are they.
  const marker = kit.event('delivery.shipment-registered', { orderId, direction: 'OUTBOUND', returnOfShipmentId: null });
  await publish(...events, marker);
  await waitFor(() => consumed(marker.id), { what: 'disputes to consume the marker' });
  expect(await checkpointRows(orderId)).toBe(5);
  expect(await kit.tx((m) => kit.app.get(CourierTimelineQuery).forOrder(m, orderId))).toEqual(expected);
});

it('is idempotent beyond the inbox: the same event again, or a milestone repeating a checkpoint, inserts nothing; a milestone alone is kept', async () => {
  const orderId = randomUUID();
  const out = shipment(orderId, 'OUTBOUND', 'VTP-77');
  const record = (e: CourierCheckpointEvent): Promise<boolean> => kit.tx((m) => kit.app.get(RecordCourierCheckpointUseCase).execute(m, e));
  const delivered = out.status('DELIVERED', 10, { location: 'Đà Nẵng' });
  expect([await record(delivered), await record(delivered), await record(out.delivered(10)), await record(out.lost(30))]).toEqual([true, false, false, true]);
  expect(await timeline(orderId)).toEqual([
    { direction: 'OUTBOUND', trackingNumber: 'VTP-77', status: 'DELIVERED', occurredAt: out.at(10), location: 'Đà Nẵng', description: null },
    { direction: 'OUTBOUND', trackingNumber: 'VTP-77', status: 'LOST', occurredAt: out.at(30), location: null, description: null },
  ]);
  expect(await timeline(randomUUID())).toEqual([]);
});
