/**
 * The walking skeleton over the real broker, PostgreSQL and Redis, with every service as its own process:
 * a marketplace onboarded by the CLI places an order; orders stores it and publishes `orders.order-placed`
 * through its outbox; escrow opens an escrow awaiting funding; notifications records an SMS to the buyer.
 * Then the hard cases: the same event twice, poison, a PostgreSQL outage, and SIGKILLs of the relay at both
 * dangerous points.
 */
import { randomUUID } from 'node:crypto';
import { TcpProxy, waitFor, type SpawnedService } from '@trustcircle/testing';
import type { Pool } from 'pg';
import { notificationTopics, skipBacklog } from '../kafka-backlog';
import { count, kafka, onboardMarketplace, orderBody, postOrder, servicePool, spawnService } from './skeleton-harness';

jest.setTimeout(240_000);

const db = { orders: servicePool('orders'), escrow: servicePool('escrow'), notifications: servicePool('notifications') };
let orders: SpawnedService;
let escrow: SpawnedService;
let notifications: SpawnedService;
let marketplace: { id: string; apiKey: string };

async function orderByExternalId(externalId: string): Promise<{ id: string; code: string } | undefined> {
  const { rows } = await db.orders.query<{ id: string; code: string }>('SELECT id, code FROM orders WHERE external_id = $1', [externalId]);
  return rows[0];
}

async function escrowsOf(orderId: string): Promise<Array<{ state: string; expected_amount: string }>> {
  return (await db.escrow.query<{ state: string; expected_amount: string }>('SELECT state, expected_amount FROM escrows WHERE order_id = $1', [orderId])).rows;
}

async function smsTo(phone: string, code: string): Promise<number> {
  return count(db.notifications, 'SELECT 1 FROM sms_log WHERE to_phone = $1 AND body LIKE $2', [phone, `%${code}%`]);
}

async function placeAndWait(body = orderBody()): Promise<{ id: string; code: string }> {
  const res = await postOrder(orders, marketplace.apiKey, body);
  expect(res.status).toBe(201);
  const order = (await res.json()) as { id: string; code: string };
  await waitFor(async () => (await escrowsOf(order.id)).length === 1 && (await smsTo('+84901234567', order.code)) === 1, { what: 'escrow and SMS' });
  return order;
}

beforeAll(async () => {
  // Notifications consumes every order, escrow, delivery and dispute event: earlier suites' backlog is skipped.
  await skipBacklog('notifications', notificationTopics());
  orders = spawnService('orders');
  escrow = spawnService('escrow');
  notifications = spawnService('notifications');
  await Promise.all([orders.start(), escrow.start(), notifications.start()]);
  marketplace = await onboardMarketplace();
  // Orders learns the new marketplace from the partner topic: wait until it accepts the key.
  await waitFor(async () => (await postOrder(orders, marketplace.apiKey, {})).status !== 401, { what: 'orders to know the marketplace', timeoutMs: 60_000 });
});

afterAll(async () => {
  await Promise.all([orders?.stop(), escrow?.stop(), notifications?.stop()]);
  await Promise.all(Object.values(db).map((p: Pool) => p.end()));
});

describe('walking skeleton', () => {
  it('places an order, opens its escrow awaiting funding and texts the buyer, with one correlation id end to end', async () => {
    const correlationId = `e2e-${randomUUID()}`;
    const body = orderBody();
    const res = await postOrder(orders, marketplace.apiKey, body, { 'x-correlation-id': correlationId });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-correlation-id')).toBe(correlationId);
    const order = (await res.json()) as { id: string; code: string; status: string; payment: { reference: string; amount: number } };
    expect(order).toMatchObject({ status: 'PLACED', payment: { amount: 1_235_000 } });
    expect(order.code).toMatch(/^TC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

    await waitFor(async () => (await escrowsOf(order.id)).length === 1, { what: 'the escrow' });
    expect(await escrowsOf(order.id)).toEqual([{ state: 'AWAITING_FUNDING', expected_amount: '1235000' }]);
    await waitFor(async () => (await smsTo('+84901234567', order.code)) === 1, { what: 'the SMS' });
    const { rows } = await db.notifications.query<{ body: string }>('SELECT body FROM sms_log WHERE body LIKE $1', [`%${order.code}%`]);
    expect(rows[0].body).toContain('1.235.000 ₫');
    expect(rows[0].body).toContain(order.payment.reference);

    // HTTP → outbox → Kafka → escrow: the escrow's own event carries the request's correlation id, and the
    // order-placed event's id as its causation.
    const placed = await db.orders.query<{ id: string; envelope: { correlationId: string } }>(
      "SELECT id, envelope FROM outbox WHERE type = 'orders.order-placed' AND key = $1",
      [order.id],
    );
    expect(placed.rows[0].envelope.correlationId).toBe(correlationId);
    const opened = await db.escrow.query<{ envelope: { correlationId: string; causationId: string } }>(
      "SELECT envelope FROM outbox WHERE type = 'escrow.escrow-opened' AND key = $1",
      [order.id],
    );
    expect(opened.rows[0].envelope).toMatchObject({ correlationId, causationId: placed.rows[0].id });

    // The same externalId and body answers the same order; another body is a conflict.
    const again = await postOrder(orders, marketplace.apiKey, body);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(order.id);
    const changed = await postOrder(orders, marketplace.apiKey, { ...body, note: 'changed' });
    expect(changed.status).toBe(409);
    expect(changed.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('refuses a bad body with a problem naming the field, and stores nothing', async () => {
    const body = orderBody({ totalAmount: 1_000 });
    const res = await postOrder(orders, marketplace.apiKey, body);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field)).toContain('totalAmount');
    expect(await orderByExternalId(String(body.externalId))).toBeUndefined();
    const unknown = await postOrder(orders, marketplace.apiKey, orderBody({ discount: 5 }));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('discount');
  });

  it('refuses an unknown API key', async () => {
    const res = await postOrder(orders, 'tc_mkp_unknown_secret', orderBody());
    expect(res.status).toBe(401);
  });

  it('applies the same event delivered twice once', async () => {
    const order = await placeAndWait();
    const { rows } = await db.orders.query<{ envelope: object; headers: Record<string, string> }>(
      "SELECT envelope, headers FROM outbox WHERE type = 'orders.order-placed' AND key = $1",
      [order.id],
    );
    const producer = kafka.producer();
    await producer.connect();
    const message = { key: order.id, value: JSON.stringify(rows[0].envelope), headers: rows[0].headers };
    await producer.send({ topic: 'orders.events.v1', messages: [message, message] });
    // A marker order after the duplicates proves they were consumed.
    const marker = await placeAndWait();
    await producer.disconnect();
    expect(marker.id).not.toBe(order.id);
    expect(await escrowsOf(order.id)).toHaveLength(1);
    expect(await smsTo('+84901234567', order.code)).toBe(1);
  });

  it('dead-letters a malformed event with its reason, and goes on', async () => {
    const key = randomUUID();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'orders.events.v1', messages: [{ key, value: '{"id": "not-an-envelope"' }] });
    await producer.disconnect();
    const next = await placeAndWait();
    expect(next.code).toBeDefined();
    for (const pool of [db.escrow, db.notifications]) {
      await waitFor(async () => (await count(pool, "SELECT 1 FROM dead_letters WHERE key = $1 AND reason = 'MALFORMED_JSON'", [key])) === 1, {
        what: 'the dead letter',
      });
    }
  });
});

describe('a PostgreSQL outage at escrow', () => {
  let proxy: TcpProxy;

  beforeAll(async () => {
    await escrow.stop();
    proxy = new TcpProxy(process.env.DB_HOST as string, Number(process.env.DB_PORT));
    await proxy.start();
    escrow = spawnService('escrow', { DB_PORT: String(proxy.port) });
    await escrow.start();
  });

  afterAll(async () => {
    proxy.unblock();
    await escrow.stop();
    await proxy.stop();
    escrow = spawnService('escrow');
    await escrow.start();
  });

  it('pauses escrow and fails its readiness, dead-letters nothing, and opens the escrow once PostgreSQL returns', async () => {
    await placeAndWait(); // escrow consumes through the proxy
    proxy.block();
    const res = await postOrder(orders, marketplace.apiKey, orderBody());
    const order = (await res.json()) as { id: string };
    await waitFor(async () => (await fetch(escrow.url('/health/ready'))).status === 503, { what: 'escrow readiness to fail' });
    await new Promise((r) => setTimeout(r, 3000));
    expect(await escrowsOf(order.id)).toHaveLength(0);
    proxy.unblock();
    await waitFor(async () => (await escrowsOf(order.id)).length === 1, { what: 'the escrow after the outage', timeoutMs: 60_000 });
    await waitFor(async () => (await fetch(escrow.url('/health/ready'))).status === 200, { what: 'escrow readiness to recover' });
    expect(await count(db.escrow, 'SELECT 1 FROM dead_letters WHERE key = $1', [order.id])).toBe(0);
  });
});

describe.each(['outbox.before-publish', 'outbox.after-publish'])('the orders relay killed at %s', (faultPoint) => {
  it('still applies every effect exactly once after a restart', async () => {
    await orders.stop();
    orders = spawnService('orders', { FAULT_POINTS: faultPoint });
    await orders.start();
    const body = orderBody();
    // The relay dies as soon as it reaches the fault point: the answer may or may not get out first.
    await postOrder(orders, marketplace.apiKey, body).catch(() => undefined);
    expect(await orders.exited()).toBe('SIGKILL');
    const order = await orderByExternalId(String(body.externalId));
    expect(order).toBeDefined();
    const pending = await count(db.orders, "SELECT 1 FROM outbox WHERE key = $1 AND published_at IS NULL AND type = 'orders.order-placed'", [order?.id]);
    expect(pending).toBe(1); // committed with the order, never marked published

    orders = spawnService('orders');
    await orders.start();
    await waitFor(async () => (await escrowsOf(order?.id as string)).length === 1 && (await smsTo('+84901234567', order?.code as string)) === 1, {
      what: 'the effects after the restart',
      timeoutMs: 60_000,
    });
    await placeAndWait(); // a later order flows too, so any duplicate of the first was consumed by now
    expect(await escrowsOf(order?.id as string)).toHaveLength(1);
    expect(await smsTo('+84901234567', order?.code as string)).toBe(1);
    expect(await count(db.orders, 'SELECT 1 FROM outbox WHERE key = $1 AND published_at IS NULL', [order?.id])).toBe(0);
  });
});

