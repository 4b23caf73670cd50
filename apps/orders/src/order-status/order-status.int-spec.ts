/**
 * The order status projection against the real PostgreSQL and Kafka: an in-process orders app consumes
 * catalogue-valid escrow, delivery-tracking and disputes events produced straight to their topics in a shuffled
 * order (and one twice), records each fact once, and emits one `orders.order-status-changed` per change.
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  EVENT_CATALOGUE,
  type EventOf,
  type OrderStatus,
  type PayloadOf,
  type ProducerOf,
  SAMPLE,
  buildEvent,
  sampleEvent,
  sampleOrderIntake,
} from '@trustcircle/contracts';
import { createServiceApp } from '@trustcircle/service-kit';
import { waitFor } from '@trustcircle/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { PlaceOrderUseCase } from '../orders/application/place-order/place-order.use-case';
import { DEFAULT_ORDER_SETTINGS } from '../orders/application/place-order/marketplace-settings';
import type { OrderFactEventType } from './domain/order-fact-of-event';
import { shuffled } from './testing/permutations';

jest.setTimeout(60_000);

const env = { ...process.env } as Record<string, string>;
const kafka = new Kafka({ clientId: 'order-status-int-spec', brokers: env.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING });
let app: NestExpressApplication;
let db: DataSource;
let producer: Producer;

type FactEvent = { [K in OrderFactEventType]: EventOf<K> }[OrderFactEventType];
interface Lifecycle {
  orderId: string;
  final: OrderStatus;
  events: FactEvent[];
}

/** A catalogue-valid envelope from the event's owner, about one order. */
function event<T extends OrderFactEventType>(type: T, overrides: Partial<PayloadOf<T>>): EventOf<T> {
  return buildEvent(type, sampleEvent(type, overrides), {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    producer: EVENT_CATALOGUE[type].owner as ProducerOf<T>,
  });
}

async function produce(events: FactEvent[]): Promise<void> {
  // One send per event, in the given order: within a topic (and key) Kafka keeps it; across topics it races.
  for (const e of events) {
    await producer.send({ topic: EVENT_CATALOGUE[e.type].topic, messages: [{ key: e.key, value: JSON.stringify(e) }] });
  }
}

async function placeOrder(): Promise<string> {
  const result = await app.get(PlaceOrderUseCase).execute({
    marketplaceId: randomUUID(),
    request: { ...sampleOrderIntake(), externalId: `INT-${randomUUID()}` },
    settings: DEFAULT_ORDER_SETTINGS,
  });
  if (result.kind !== 'created') throw new Error(`order not placed: ${result.kind}`);
  return result.order.id;
}

interface StatusChange {
  status: OrderStatus;
  previousStatus: OrderStatus | null;
  causeEventId: string;
  sequence: number;
}

async function statusChanges(orderId: string): Promise<StatusChange[]> {
  const rows = (await db.query(
    `SELECT envelope FROM "orders"."outbox" WHERE type = 'orders.order-status-changed' AND key = $1 ORDER BY (envelope->'data'->>'sequence')::int`,
    [orderId],
  )) as Array<{ envelope: { data: StatusChange } }>;
  return rows.map((r) => r.envelope.data);
}

async function facts(orderId: string): Promise<Array<{ kind: string; cause_event_id: string; status_after: string | null }>> {
  return db.query(`SELECT kind, cause_event_id, status_after FROM "orders"."order_facts" WHERE order_id = $1 ORDER BY recorded_at, status_sequence`, [orderId]);
}

async function orderStatus(orderId: string): Promise<string> {
  const rows = (await db.query(`SELECT status FROM "orders"."orders" WHERE id = $1`, [orderId])) as Array<{ status: string }>;
  return rows[0].status;
}

beforeAll(async () => {
  app = await createServiceApp(AppModule.forRoot(env), { service: 'orders' });
  await app.listen(0, '127.0.0.1');
  db = app.get(getDataSourceToken());
  producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await app?.close();
});

/** The lifecycles: each event list in the order things happen; the test sends them shuffled. */
function lifecycles(ids: Record<'happy' | 'partial' | 'returned' | 'cancelled' | 'expired' | 'withdrawn' | 'returnAndRefund', string>): Lifecycle[] {
  const disputeId = randomUUID();
  const withdrawnDisputeId = randomUUID();
  const returnDisputeId = randomUUID();
  const shipmentId = randomUUID();
  const returnShipmentId = randomUUID();
  return [
    {
      orderId: ids.happy,
      final: 'RELEASED',
      events: [
        event('escrow.escrow-funded', { orderId: ids.happy }),
        event('delivery.shipment-first-scanned', { orderId: ids.happy, direction: 'OUTBOUND' }),
        event('delivery.shipment-delivered', { orderId: ids.happy, direction: 'OUTBOUND' }),
        event('escrow.inspection-started', { orderId: ids.happy }),
        event('escrow.inspection-ended', { orderId: ids.happy, reason: 'RECEIPT_CONFIRMED' }),
        event('escrow.escrow-released', { orderId: ids.happy }),
      ],
    },
    {
      orderId: ids.partial,
      final: 'PARTIALLY_REFUNDED',
      events: [
        event('escrow.escrow-funded', { orderId: ids.partial }),
        event('delivery.shipment-first-scanned', { orderId: ids.partial, direction: 'OUTBOUND' }),
        event('delivery.shipment-delivered', { orderId: ids.partial, direction: 'OUTBOUND' }),
        event('disputes.dispute-opened', { orderId: ids.partial, disputeId }),
        event('disputes.dispute-resolved', { orderId: ids.partial, disputeId, outcome: 'REFUND_PARTIAL', refundAmount: 100_000 }),
        event('escrow.escrow-refunded', { orderId: ids.partial, disputeId, refundType: 'PARTIAL', reason: 'DISPUTE_OUTCOME', amount: 100_000 }),
      ],
    },
    {
      orderId: ids.returned,
      final: 'REFUNDED',
      events: [
        event('escrow.escrow-funded', { orderId: ids.returned }),
        event('delivery.shipment-first-scanned', { orderId: ids.returned, shipmentId, direction: 'OUTBOUND' }),
        event('delivery.shipment-delivery-failed-finally', { orderId: ids.returned, shipmentId, direction: 'OUTBOUND' }),
        event('delivery.shipment-returned', { orderId: ids.returned, shipmentId, direction: 'OUTBOUND' }),
        event('escrow.escrow-refunded', { orderId: ids.returned, refundType: 'FULL', reason: 'RETURN_DELIVERED', disputeId: null }),
      ],
    },
    {
      orderId: ids.cancelled,
      final: 'CANCELLED',
      events: [
        event('escrow.escrow-opened', { orderId: ids.cancelled }),
        event('escrow.escrow-funded', { orderId: ids.cancelled }),
        event('escrow.cancellation-accepted', { orderId: ids.cancelled }),
        event('escrow.escrow-refunded', { orderId: ids.cancelled, refundType: 'FULL', reason: 'CANCELLATION', disputeId: null }),
      ],
    },
    {
      orderId: ids.expired,
      final: 'EXPIRED',
      events: [event('escrow.escrow-opened', { orderId: ids.expired }), event('escrow.escrow-expired', { orderId: ids.expired })],
    },
    {
      orderId: ids.withdrawn,
      final: 'RELEASED',
      events: [
        event('escrow.escrow-funded', { orderId: ids.withdrawn }),
        event('delivery.shipment-first-scanned', { orderId: ids.withdrawn, direction: 'OUTBOUND' }),
        event('delivery.shipment-delivered', { orderId: ids.withdrawn, direction: 'OUTBOUND' }),
        event('disputes.dispute-opened', { orderId: ids.withdrawn, disputeId: withdrawnDisputeId }),
        event('disputes.dispute-withdrawn', { orderId: ids.withdrawn, disputeId: withdrawnDisputeId }),
        event('escrow.hold-released', { orderId: ids.withdrawn, disputeId: withdrawnDisputeId }),
        event('escrow.inspection-ended', { orderId: ids.withdrawn }),
        event('escrow.escrow-released', { orderId: ids.withdrawn }),
      ],
    },
    {
      // A RETURN shipment's scan and delivery are never "picked up"/"delivered": its delivery means RETURNED.
      orderId: ids.returnAndRefund,
      final: 'REFUNDED',
      events: [
        event('escrow.escrow-funded', { orderId: ids.returnAndRefund }),
        event('delivery.shipment-first-scanned', { orderId: ids.returnAndRefund, direction: 'OUTBOUND' }),
        event('delivery.shipment-delivered', { orderId: ids.returnAndRefund, direction: 'OUTBOUND' }),
        event('disputes.dispute-opened', { orderId: ids.returnAndRefund, disputeId: returnDisputeId }),
        event('disputes.dispute-resolved', { orderId: ids.returnAndRefund, disputeId: returnDisputeId, outcome: 'RETURN_AND_REFUND', refundAmount: SAMPLE.total }),
        event('delivery.shipment-first-scanned', { orderId: ids.returnAndRefund, shipmentId: returnShipmentId, direction: 'RETURN' }),
        event('delivery.shipment-delivered', { orderId: ids.returnAndRefund, shipmentId: returnShipmentId, direction: 'RETURN', codAmount: null }),
        event('escrow.escrow-refunded', { orderId: ids.returnAndRefund, disputeId: returnDisputeId, refundType: 'FULL', reason: 'RETURN_DELIVERED' }),
      ],
    },
  ];
}

describe('order status projection', () => {
  it('reaches the same final status from shuffled facts across topics, records each fact once and emits one event per change', async () => {
    const ids = {
      happy: await placeOrder(),
      partial: await placeOrder(),
      returned: await placeOrder(),
      cancelled: await placeOrder(),
      expired: await placeOrder(),
      withdrawn: await placeOrder(),
      returnAndRefund: await placeOrder(),
    };
    const cases = lifecycles(ids);
    const all: FactEvent[] = cases.flatMap((c) => c.events);
    const duplicate = all[Math.floor(Math.random() * all.length)];
    const stray = event('escrow.escrow-funded', { orderId: randomUUID() });
    await produce([...shuffled([...all, duplicate]), stray]);

    for (const c of cases) {
      await waitFor(async () => (await facts(c.orderId)).length === c.events.length && (await orderStatus(c.orderId)) === c.final, {
        what: `${c.final} for ${c.orderId}`,
        timeoutMs: 25_000,
      });
    }
    // The stray event (an order this service does not know) was consumed and ignored, not dead-lettered.
    await waitFor(async () => ((await db.query(`SELECT 1 FROM "orders"."inbox" WHERE event_id = $1`, [stray.id])) as unknown[]).length === 1, {
      what: 'the stray event in the inbox',
    });
    expect(await db.query(`SELECT 1 FROM "orders"."order_facts" WHERE cause_event_id = $1`, [stray.id])).toHaveLength(0);
    expect(await db.query(`SELECT 1 FROM "orders"."dead_letters" WHERE event_id = $1`, [stray.id])).toHaveLength(0);

    for (const c of cases) {
      const timeline = await facts(c.orderId);
      expect(timeline.map((f) => f.cause_event_id).sort()).toEqual(c.events.map((e) => e.id).sort());
      const changes = await statusChanges(c.orderId);
      // One event per change, chained from PLACED (sequence 1, announced by orders.order-placed), ending final.
      expect(changes.map((ch) => ch.sequence)).toEqual(changes.map((_, i) => i + 2));
      expect(changes.map((ch) => ch.previousStatus)).toEqual(['PLACED', ...changes.slice(0, -1).map((ch) => ch.status)]);
      expect(changes.at(-1)?.status).toBe(c.final);
      expect(changes.every((ch, i) => i === 0 || ch.status !== changes[i - 1].status)).toBe(true);
      expect(changes.map((ch) => ch.causeEventId).sort()).toEqual(timeline.filter((f) => f.status_after).map((f) => f.cause_event_id).sort());
    }
    // The RETURN shipment's scan and delivery are recorded as such, and never made the order PICKED_UP or DELIVERED.
    const returnEvents = cases[6].events.filter((e) => 'direction' in e.data && e.data.direction === 'RETURN').map((e) => e.id);
    const returnFacts = (await facts(ids.returnAndRefund)).filter((f) => returnEvents.includes(f.cause_event_id));
    expect(returnFacts.map((f) => f.kind).sort()).toEqual(['RETURN_DELIVERED', 'RETURN_PICKED_UP']);
    expect(returnFacts.map((f) => f.status_after).filter((st) => st === 'DELIVERED' || st === 'PICKED_UP')).toEqual([]);
  });
});
