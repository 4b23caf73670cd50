/**
 * The messaging backbone against the real broker and database: outbox order and keys, idempotent consumption,
 * dead letters for poison, the backlog gauge, and a real PostgreSQL outage that pauses (never dead-letters).
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DEAD_LETTER_HEADERS, EVENT_HEADERS, type EventEnvelope, deadLetterTopic, sampleEvent } from '@trustcircle/contracts';
import { OutboxRelay, OutboxWriter } from '@trustcircle/messaging';
import { CorrelationContext } from '@trustcircle/observability';
import { TcpProxy, waitFor } from '@trustcircle/testing';
import { Kafka, logLevel, type Consumer, type KafkaMessage, type Producer } from 'kafkajs';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { EFFECTS_TABLE, REFUSED_EXTERNAL_ID, appUrl, startTestService } from './testing/messaging-test-apps';

jest.setTimeout(90_000);

const env = { ...process.env } as Record<string, string>;
const kafka = new Kafka({ clientId: 'messaging-int-spec', brokers: env.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING });
let orders: NestExpressApplication;
let disputes: NestExpressApplication;
let ordersDb: DataSource;
/** The test's own connection as the disputes role (independent of any app instance's pool). */
let disputesDb: Pool;
let producer: Producer;

/** Reads messages of `topic` from now on with a private group, keeping those that match. */
async function tap(topic: string, keep: (m: KafkaMessage) => boolean): Promise<{ seen: KafkaMessage[]; stop: () => Promise<void> }> {
  const consumer: Consumer = kafka.consumer({ groupId: `tap-${randomUUID()}` });
  const seen: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  let joined!: () => void;
  const ready = new Promise<void>((r) => (joined = r));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.run({ eachMessage: async ({ message }) => void (keep(message) && seen.push(message)) });
  await ready;
  // A new group starts at the end: wait until its positions are fixed before producing.
  await new Promise((r) => setTimeout(r, 1500));
  return { seen, stop: () => consumer.disconnect() };
}

function envelopeOf(data: ReturnType<typeof sampleEvent<'orders.order-placed'>>, overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'orders.order-placed',
    version: 1,
    occurredAt: new Date().toISOString(),
    key: data.orderId,
    correlationId: randomUUID(),
    causationId: null,
    producer: 'orders',
    data,
    ...overrides,
  };
}

/** A valid order-placed payload, unique where the real services need it (ids, code, payment reference). */
function orderPlaced(overrides: Partial<ReturnType<typeof sampleEvent<'orders.order-placed'>>> = {}): ReturnType<typeof sampleEvent<'orders.order-placed'>> {
  const suffix = randomUUID().replace(/[^0-9A-F]/gi, '').slice(0, 8).toUpperCase().replace(/[01OIL]/g, '7');
  return sampleEvent('orders.order-placed', {
    orderId: randomUUID(),
    code: `TC-${suffix.slice(0, 4)}-${suffix.slice(4)}`,
    paymentReference: `TC${suffix}`,
    ...overrides,
  });
}

async function effectsFor(orderId: string): Promise<number> {
  const { rows } = await disputesDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${EFFECTS_TABLE} WHERE order_id = $1`, [orderId]);
  return rows[0].n;
}

beforeAll(async () => {
  orders = await startTestService('orders', env);
  ordersDb = orders.get(getDataSourceToken());
  disputesDb = new Pool({ host: env.DB_HOST, port: Number(env.DB_PORT), database: env.DB_NAME, user: 'tc_disputes', password: env.DB_PASSWORD, max: 2 });
  await disputesDb.query(`CREATE TABLE IF NOT EXISTS ${EFFECTS_TABLE} (event_id uuid, order_id uuid, correlation_id text)`);
  await disputesDb.query(`ALTER TABLE ${EFFECTS_TABLE} ADD COLUMN IF NOT EXISTS tx bigint`);
  disputes = await startTestService('disputes', env, true);
  producer = kafka.producer();
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await disputes?.close();
  await orders?.close();
  await disputesDb?.end();
});

describe('outbox', () => {
  it('publishes committed events in order, keyed by order id, with tracing headers; a rolled-back change publishes nothing', async () => {
    const orderId = randomUUID();
    const other = randomUUID();
    const watch = await tap('orders.events.v1', (m) => [orderId, other].some((id) => id === m.key?.toString()));
    const writer = orders.get(OutboxWriter);
    const correlationId = randomUUID();
    await CorrelationContext.run({ correlationId, causationId: null }, () =>
      ordersDb.transaction(async (m) => {
        for (const externalId of ['a', 'b', 'c']) await writer.record(m, 'orders.order-placed', orderPlaced({ orderId, externalId }));
        await writer.record(m, 'orders.order-placed', orderPlaced({ orderId: other }));
      }),
    );
    await expect(
      ordersDb.transaction(async (m) => {
        await writer.record(m, 'orders.order-placed', orderPlaced({ orderId, externalId: 'rolled-back' }));
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');

    await waitFor(() => watch.seen.length >= 4, { what: 'four events on the topic' });
    await new Promise((r) => setTimeout(r, 500));
    await watch.stop();
    const mine = watch.seen.filter((m) => m.key?.toString() === orderId).map((m) => JSON.parse(m.value?.toString() ?? '') as EventEnvelope);
    expect(mine.map((e) => (e.data as { externalId: string }).externalId)).toEqual(['a', 'b', 'c']);
    expect(mine.every((e) => e.key === orderId && e.correlationId === correlationId && e.producer === 'orders')).toBe(true);
    const headers = watch.seen[0].headers ?? {};
    expect(headers[EVENT_HEADERS.correlationId]?.toString()).toBe(correlationId);
    expect(headers[EVENT_HEADERS.eventType]?.toString()).toBe('orders.order-placed');
  });

  it('refuses to record an event the service does not own, or a payload that breaks the contract', async () => {
    const writer = orders.get(OutboxWriter);
    await expect(
      ordersDb.transaction((m) => writer.record(m, 'escrow.escrow-opened', sampleEvent('escrow.escrow-opened'))),
    ).rejects.toThrow(/may not publish escrow.escrow-opened/);
    const broken = { ...orderPlaced(), totalAmount: 10.5 };
    await expect(ordersDb.transaction((m) => writer.record(m, 'orders.order-placed', broken))).rejects.toThrow(/totalAmount/);
  });

  it('exposes the backlog as a gauge that rises while the relay is stopped and falls when it runs', async () => {
    const relay = orders.get(OutboxRelay);
    const writer = orders.get(OutboxWriter);
    const backlog = async (): Promise<number> => {
      const text = await (await fetch(appUrl(orders, '/metrics'))).text();
      return Number(/^tc_outbox_backlog\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? NaN);
    };
    await relay.stop();
    const before = await backlog();
    await ordersDb.transaction(async (m) => {
      for (let i = 0; i < 5; i++) await writer.record(m, 'orders.order-placed', orderPlaced({ orderId: randomUUID() }));
    });
    expect(await backlog()).toBe(before + 5);
    relay.start();
    await waitFor(async () => (await backlog()) === 0, { what: 'the backlog to drain' });
  });
});

describe('consumer', () => {
  it('applies an event delivered twice exactly once', async () => {
    const data = orderPlaced({ orderId: randomUUID() });
    const envelope = envelopeOf(data);
    const message = { key: data.orderId, value: JSON.stringify(envelope) };
    await producer.send({ topic: 'orders.events.v1', messages: [message, message] });
    await producer.send({ topic: 'orders.events.v1', messages: [message] });
    await waitFor(async () => (await effectsFor(data.orderId)) === 1, { what: 'the effect' });
    // A later marker event proves the duplicates behind it were consumed (and skipped).
    const marker = orderPlaced({ orderId: data.orderId, externalId: 'marker' });
    await producer.send({ topic: 'orders.events.v1', messages: [{ key: data.orderId, value: JSON.stringify(envelopeOf(marker)) }] });
    await waitFor(async () => (await effectsFor(data.orderId)) === 2, { what: 'the marker' });
    const inbox = await disputesDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM "disputes"."inbox" WHERE event_id = $1`, [envelope.id]);
    expect(inbox.rows[0].n).toBe(1);
    const metrics = await (await fetch(appUrl(disputes, '/metrics'))).text();
    expect(metrics).toMatch(/tc_consumer_events_total\{[^}]*type="orders\.order-placed"[^}]*result="duplicate"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/tc_consumer_lag\{[^}]*topic="orders\.events\.v1"[^}]*\} \d+/);
  });

  it('dead-letters poison with its reason and original headers, and keeps going', async () => {
    const orderId = randomUUID();
    const valid = orderPlaced({ orderId });
    const invalid = { ...orderPlaced({ orderId }), buyer: { name: 'x', phone: 'not a phone' } };
    const dlt = await tap(deadLetterTopic('disputes'), (m) => m.key?.toString() === orderId);
    const original = { 'x-test': 'kept' };
    await producer.send({
      topic: 'orders.events.v1',
      messages: [
        { key: orderId, value: '{not json', headers: original },
        { key: orderId, value: JSON.stringify({ hello: 'world' }), headers: original },
        { key: orderId, value: JSON.stringify(envelopeOf(valid, { type: 'orders.order-teleported' })), headers: original },
        { key: orderId, value: JSON.stringify(envelopeOf(invalid as typeof valid)), headers: original },
        { key: orderId, value: JSON.stringify(envelopeOf(valid, { producer: 'escrow' })), headers: original },
        { key: orderId, value: JSON.stringify(envelopeOf(valid)), headers: original },
      ],
    });
    await waitFor(async () => (await effectsFor(orderId)) === 1, { what: 'the valid event after the poison' });
    await waitFor(() => dlt.seen.length === 5, { what: 'five dead letters' });
    await dlt.stop();
    const reasons = dlt.seen.map((m) => m.headers?.[DEAD_LETTER_HEADERS.reason]?.toString());
    expect(reasons).toEqual(['MALFORMED_JSON', 'INVALID_ENVELOPE', 'UNKNOWN_TYPE', 'INVALID_PAYLOAD', 'CONTRACT_VIOLATION']);
    expect(dlt.seen.every((m) => m.headers?.['x-test']?.toString() === 'kept')).toBe(true);
    expect(dlt.seen[3].headers?.[DEAD_LETTER_HEADERS.detail]?.toString()).toMatch(/buyer\.phone/);
    const { rows } = await disputesDb.query<{ reason: string }>(`SELECT reason FROM "disputes"."dead_letters" WHERE key = $1 ORDER BY "offset"`, [orderId]);
    expect(rows.map((r) => r.reason)).toEqual(reasons);
    const metrics = await (await fetch(appUrl(disputes, '/metrics'))).text();
    expect(metrics).toMatch(/tc_dead_letters_total\{[^}]*reason="INVALID_PAYLOAD"[^}]*\} [1-9]/);
  });
});

describe('a backlog', () => {
  /** `n` order-placed events of one order (one partition), produced in one request so they reach the consumer as one batch. */
  async function backlog(orderId: string, externalIds: string[]): Promise<EventEnvelope[]> {
    const envelopes = externalIds.map((externalId) => envelopeOf(orderPlaced({ orderId, externalId })));
    await producer.send({ topic: 'orders.events.v1', messages: envelopes.map((e) => ({ key: orderId, value: JSON.stringify(e) })) });
    return envelopes;
  }

  async function effectsOf(orderId: string): Promise<Array<{ event_id: string; tx: string }>> {
    return (await disputesDb.query<{ event_id: string; tx: string }>(`SELECT event_id, tx::text AS tx FROM ${EFFECTS_TABLE} WHERE order_id = $1`, [orderId])).rows;
  }

  it('is applied in shared transactions, each event once, in order', async () => {
    const orderId = randomUUID();
    const envelopes = await backlog(orderId, Array.from({ length: 40 }, (_, i) => `run-${i}`));
    await waitFor(async () => (await effectsFor(orderId)) === 40, { what: '40 effects' });
    const effects = await effectsOf(orderId);
    expect(new Set(effects.map((e) => e.event_id))).toEqual(new Set(envelopes.map((e) => e.id)));
    // One commit per run, not per event (runs are cut by the batch the broker hands over and by the cap of 50).
    expect(new Set(effects.map((e) => e.tx)).size).toBeLessThanOrEqual(10);
    // In order: the inbox offsets of the events rise with the order they were produced in.
    const { rows } = await disputesDb.query<{ event_id: string; offset: string }>(`SELECT event_id, "offset" FROM "disputes"."inbox" WHERE event_id = ANY($1::uuid[])`, [envelopes.map((e) => e.id)]);
    const offsetOf = new Map(rows.map((r) => [r.event_id, BigInt(r.offset)]));
    const offsets = envelopes.map((e) => offsetOf.get(e.id) ?? -1n);
    expect(offsets.every((o, i) => i === 0 || o > offsets[i - 1])).toBe(true);
    const metrics = await (await fetch(appUrl(disputes, '/metrics'))).text();
    expect(metrics).toMatch(/tc_consumer_transaction_events_count\{[^}]*result="committed"[^}]*\} [1-9]/);
  });

  it('with a refused event in a run: the run is rolled back and applied one by one, the refusal dead-lettered, the rest once', async () => {
    const orderId = randomUUID();
    const dlt = await tap(deadLetterTopic('disputes'), (m) => m.key?.toString() === orderId);
    const envelopes = await backlog(orderId, ['a', 'b', 'c', REFUSED_EXTERNAL_ID, 'd', 'e']);
    await waitFor(async () => (await effectsFor(orderId)) === 5, { what: 'the five accepted events applied' });
    await waitFor(() => dlt.seen.length === 1, { what: 'the refused event dead-lettered' });
    // A later event shows nothing more was coming for this order.
    await backlog(orderId, ['marker']);
    await waitFor(async () => (await effectsFor(orderId)) === 6, { what: 'the marker' });
    await dlt.stop();
    const effects = await effectsOf(orderId);
    const refused = envelopes[3].id;
    // The refused event's write was rolled back with its run and again on its own: no effect, no inbox row.
    expect(effects.map((e) => e.event_id)).not.toContain(refused);
    expect(new Set(effects.map((e) => e.event_id)).size).toBe(6);
    expect(dlt.seen[0].headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toBe('HANDLER_REJECTED');
    const inbox = await disputesDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM "disputes"."inbox" WHERE event_id = $1`, [refused]);
    expect(inbox.rows[0].n).toBe(0);
    const metrics = await (await fetch(appUrl(disputes, '/metrics'))).text();
    expect(metrics).toMatch(/tc_consumer_transaction_events_count\{[^}]*result="rolled_back"[^}]*\} [1-9]/);
  });

  it('gives way when it waits on a lock: the run rolls back at once and its events are applied one by one once the lock is free', async () => {
    const orderId = randomUUID();
    const rolledBack = async (): Promise<number> => {
      const text = await (await fetch(appUrl(disputes, '/metrics'))).text();
      return Number(/^tc_consumer_transaction_events_count\{[^}]*result="rolled_back"[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0);
    };
    const before = await rolledBack();
    // Another transaction holds the table the handler writes (as an API request might hold a row).
    const holder = await disputesDb.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE ${EFFECTS_TABLE} IN EXCLUSIVE MODE`);
      await backlog(orderId, ['w1', 'w2', 'w3', 'w4', 'w5']);
      // The run gives way within its lock timeout (100 ms), long before PostgreSQL's deadlock check (1 s) would.
      await waitFor(async () => (await rolledBack()) > before, { what: 'the run to give way', timeoutMs: 15_000 });
      expect(await effectsFor(orderId)).toBe(0);
    } finally {
      await holder.query('COMMIT');
      holder.release();
    }
    await waitFor(async () => (await effectsFor(orderId)) === 5, { what: 'the five events applied once the lock is free' });
    expect(new Set((await effectsOf(orderId)).map((e) => e.event_id)).size).toBe(5);
  });
});

describe('a PostgreSQL outage', () => {
  let proxy: TcpProxy;
  let consumerApp: NestExpressApplication;

  beforeAll(async () => {
    // A second disputes instance, reaching PostgreSQL through a proxy the test can cut. The first one stops,
    // so this one owns every partition of the group.
    await disputes.close();
    proxy = new TcpProxy(env.DB_HOST, Number(env.DB_PORT));
    await proxy.start();
    consumerApp = await startTestService('disputes', { ...env, DB_PORT: String(proxy.port) }, true);
  });

  afterAll(async () => {
    proxy.unblock();
    await consumerApp?.close();
    await proxy?.stop();
    disputes = await startTestService('disputes', env, true);
  });

  it('pauses the consumer and fails readiness, dead-letters nothing, and applies the event once PostgreSQL returns', async () => {
    const orderId = randomUUID();
    // Wait until this instance has the partitions (it applies a probe event).
    const probe = orderPlaced({ orderId: randomUUID() });
    await producer.send({ topic: 'orders.events.v1', messages: [{ key: probe.orderId, value: JSON.stringify(envelopeOf(probe)) }] });
    await waitFor(async () => (await effectsFor(probe.orderId)) === 1, { what: 'the new instance to consume', timeoutMs: 60_000 });

    proxy.block();
    const data = orderPlaced({ orderId });
    await producer.send({ topic: 'orders.events.v1', messages: [{ key: orderId, value: JSON.stringify(envelopeOf(data)) }] });
    await waitFor(async () => (await fetch(appUrl(consumerApp, '/health/ready'))).status === 503, { what: 'readiness to fail' });
    await new Promise((r) => setTimeout(r, 3000)); // several retries happen meanwhile
    expect(await effectsFor(orderId)).toBe(0);

    proxy.unblock();
    await waitFor(async () => (await effectsFor(orderId)) === 1, { what: 'the event to apply after the outage', timeoutMs: 30_000 });
    await waitFor(async () => (await fetch(appUrl(consumerApp, '/health/ready'))).status === 200, { what: 'readiness to recover' });
    const dead = await disputesDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM "disputes"."dead_letters" WHERE key = $1`, [orderId]);
    expect(dead.rows[0].n).toBe(0);
    expect(await effectsFor(orderId)).toBe(1);
  });
});
