/**
 * Shipments against the real PostgreSQL, Redis and Kafka (an in-process delivery-tracking app): the order copy
 * from `orders.order-placed`, registration (outbound once per order, a return linked to it, tenant isolation,
 * unknown couriers, taken tracking numbers, idempotent retries), courier events parked before the registration
 * applied at it, who may read a timeline, stuck shipments after the clock moves, the per-courier metrics and the
 * purge of expired parked events.
 */
import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER } from '@trustcircle/http';
import { COURIER_EVENT_METRIC_NAMES } from '../tracking/application/record-courier-event/courier-event.metrics';
import { RecordCourierEventUseCase } from '../tracking/application/record-courier-event/record-courier-event.use-case';
import { ParkedCourierEventRecord } from '../tracking/infrastructure/parked-courier-event.orm-entity';
import { DeliveryTestKit, type TestPartner } from '../testing/delivery-test-kit';
import { CopyOrderUseCase } from './application/copy-order/copy-order.use-case';
import { OrderCopyRecord } from './infrastructure/order-copy.orm-entity';

jest.setTimeout(60_000);

let kit: DeliveryTestKit;
let marketplace: TestPartner;
let courier: TestPartner;
let otherCourier: TestPartner;
let otherMarketplace: TestPartner;

beforeAll(async () => {
  ({ kit, marketplace, courier, otherCourier } = await DeliveryTestKit.startWithPartners());
  otherMarketplace = await kit.registerPartner('MARKETPLACE');
});

afterAll(async () => {
  await kit?.close();
});

const HOUR = 3_600_000;

async function outbound(m: TestPartner = marketplace, c: TestPartner = courier): Promise<{ orderId: string; trackingNumber: string; shipmentId: string }> {
  const { orderId } = await kit.seedOrder(m.id);
  const trackingNumber = kit.trackingNumber();
  const res = await kit.registerShipment(m, { orderId, courier: c.id, trackingNumber });
  expect(res.status).toBe(201);
  return { orderId, trackingNumber, shipmentId: res.body.shipmentId as string };
}

describe('the order copy', () => {
  it('copies orders.order-placed once, however often it arrives', async () => {
    const event = kit.event('orders.order-placed', { orderId: randomUUID(), marketplaceId: marketplace.id });
    const copy = kit.app.get(CopyOrderUseCase);
    await kit.tx((m) => copy.execute(m, event.data));
    await kit.tx((m) => copy.execute(m, event.data));
    const rows = await kit.db.manager.findBy(OrderCopyRecord, { orderId: event.data.orderId });
    expect(rows).toEqual([expect.objectContaining({ marketplaceId: marketplace.id, code: event.data.code, paymentMethod: event.data.paymentMethod, totalAmount: BigInt(event.data.totalAmount) })]);
  });
});

describe('POST /v1/shipments', () => {
  it('registers an outbound shipment: 201 with an empty timeline, delivery.shipment-registered recorded', async () => {
    const { orderId } = await kit.seedOrder(marketplace.id);
    const trackingNumber = kit.trackingNumber();
    const res = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber, expectedDeliveryAt: '2030-01-02T17:00:00+07:00' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ orderId, marketplaceId: marketplace.id, courierId: courier.id, trackingNumber, direction: 'OUTBOUND', returnOfShipmentId: null, status: null, expectedDeliveryAt: '2030-01-02T10:00:00.000Z', timeline: [] });
    expect(await kit.eventData(orderId, 'delivery.shipment-registered')).toEqual([
      expect.objectContaining({ shipmentId: res.body.shipmentId, courierId: courier.id, trackingNumber, direction: 'OUTBOUND', marketplaceId: marketplace.id, returnOfShipmentId: null }),
    ]);
  });

  it('refuses a second active outbound shipment for the order (409), and a taken tracking number (409)', async () => {
    const { orderId, trackingNumber } = await outbound();
    const second = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber: kit.trackingNumber() });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ type: expect.stringContaining('outbound-shipment-exists'), field: 'direction' });
    const { orderId: another } = await kit.seedOrder(marketplace.id);
    const taken = await kit.registerShipment(marketplace, { orderId: another, courier: courier.id, trackingNumber });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ type: expect.stringContaining('tracking-number-taken'), field: 'trackingNumber' });
    // the same number with another courier is another parcel
    expect((await kit.registerShipment(marketplace, { orderId: another, courier: otherCourier.id, trackingNumber })).status).toBe(201);
  });

  it('links a return to the order’s outbound shipment; a return with no outbound answers 422', async () => {
    const { orderId, shipmentId } = await outbound();
    const back = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber: kit.trackingNumber('RET'), direction: 'RETURN' });
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ direction: 'RETURN', returnOfShipmentId: shipmentId });
    expect((await kit.eventData(orderId, 'delivery.shipment-registered'))[1]).toMatchObject({ direction: 'RETURN', returnOfShipmentId: shipmentId });
    const { orderId: lonely } = await kit.seedOrder(marketplace.id);
    const orphan = await kit.registerShipment(marketplace, { orderId: lonely, courier: courier.id, trackingNumber: kit.trackingNumber(), direction: 'RETURN' });
    expect(orphan.status).toBe(422);
    expect(orphan.body).toMatchObject({ field: 'direction' });
  });

  it('answers 404 for another marketplace’s order or an unknown one, 422 for a courier that is not one, 400 naming a bad field', async () => {
    const { orderId } = await kit.seedOrder(otherMarketplace.id);
    const theirs = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber: kit.trackingNumber() });
    expect(theirs.status).toBe(404);
    expect(theirs.body).toMatchObject({ field: 'orderId' });
    expect((await kit.registerShipment(marketplace, { orderId: randomUUID(), courier: courier.id, trackingNumber: kit.trackingNumber() })).status).toBe(404);
    const { orderId: mine } = await kit.seedOrder(marketplace.id);
    for (const notACourier of [randomUUID(), otherMarketplace.id]) {
      const res = await kit.registerShipment(marketplace, { orderId: mine, courier: notACourier, trackingNumber: kit.trackingNumber() });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ type: expect.stringContaining('unknown-courier'), field: 'courier' });
    }
    const bad = await kit.registerShipment(marketplace, { orderId: mine, courier: courier.id, trackingNumber: 'has spaces!' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('trackingNumber');
    expect((await kit.call('POST', '/v1/shipments', courier.apiKey, { orderId: mine, courier: courier.id, trackingNumber: kit.trackingNumber(), direction: 'OUTBOUND' })).status).toBe(403);
  });

  it('answers a retry with the same Idempotency-Key as the first time, registering once', async () => {
    const { orderId } = await kit.seedOrder(marketplace.id);
    const body = { orderId, courier: courier.id, trackingNumber: kit.trackingNumber(), direction: 'OUTBOUND' };
    const key = randomUUID();
    const send = () =>
      fetch(`${kit.baseUrl}/v1/shipments`, { method: 'POST', headers: { authorization: `Bearer ${marketplace.apiKey}`, 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key }, body: JSON.stringify(body) });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(await again.json()).toEqual(await first.json());
    expect(await kit.eventTypes(orderId)).toEqual(['delivery.shipment-registered']);
  });

  it('applies a courier event parked before the registration, at the registration', async () => {
    const { orderId } = await kit.seedOrder(marketplace.id);
    const trackingNumber = kit.trackingNumber('EARLY');
    const occurredAt = new Date(kit.now().getTime() - 10 * 60_000);
    const early = await kit.app.get(RecordCourierEventUseCase).execute(courier.id, {
      trackingNumber,
      status: 'PICKED_UP',
      rawStatus: 'PICKED_UP',
      unmapped: false,
      occurredAt,
      location: 'Hanoi hub',
      note: null,
      codAmount: null,
      source: 'GENERIC',
    });
    expect(early.kind).toBe('parked');
    const res = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'PICKED_UP', firstScannedAt: occurredAt.toISOString() });
    expect(res.body.timeline).toEqual([expect.objectContaining({ status: 'PICKED_UP', rawStatus: 'PICKED_UP', occurredAt: occurredAt.toISOString(), location: 'Hanoi hub', late: false, flagged: false })]);
    expect(await kit.eventTypes(orderId)).toEqual(['delivery.shipment-registered', 'delivery.shipment-status-changed', 'delivery.shipment-first-scanned']);
    expect(await kit.db.manager.countBy(ParkedCourierEventRecord, { courierId: courier.id, trackingNumber })).toBe(0);
  });
});

describe('GET /v1/shipments/{trackingNumber} and ?orderId=', () => {
  it('shows the timeline to the marketplace, the courier and operators, ordered by when it happened; 404 to anyone else', async () => {
    const { orderId, trackingNumber } = await outbound();
    const record = kit.app.get(RecordCourierEventUseCase);
    const at = (minutesAgo: number) => new Date(kit.now().getTime() - minutesAgo * 60_000);
    const cp = { trackingNumber, unmapped: false, location: null, note: null, codAmount: null, source: 'GENERIC' as const };
    expect((await record.execute(courier.id, { ...cp, status: 'IN_TRANSIT', rawStatus: 'IN_TRANSIT', occurredAt: at(10) })).kind).toBe('accepted');
    expect((await record.execute(courier.id, { ...cp, status: 'PICKED_UP', rawStatus: 'PICKED_UP', occurredAt: at(30) })).kind).toBe('accepted'); // arrives late
    for (const bearer of [marketplace.apiKey, courier.apiKey, kit.operatorToken('viewer')]) {
      const res = await kit.get(`/v1/shipments/${trackingNumber}`, bearer);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ trackingNumber, status: 'IN_TRANSIT' });
      expect((res.body.timeline as Array<{ status: string; late: boolean }>).map((c) => [c.status, c.late])).toEqual([
        ['PICKED_UP', true],
        ['IN_TRANSIT', false],
      ]);
      const byOrder = await kit.get(`/v1/shipments?orderId=${orderId}`, bearer);
      expect(byOrder.status).toBe(200);
      expect((byOrder.body.items as Array<{ trackingNumber: string }>).map((s) => s.trackingNumber)).toEqual([trackingNumber]);
    }
    for (const stranger of [otherMarketplace.apiKey, otherCourier.apiKey]) {
      expect((await kit.get(`/v1/shipments/${trackingNumber}`, stranger)).status).toBe(404);
      expect((await kit.get(`/v1/shipments?orderId=${orderId}`, stranger)).status).toBe(404);
    }
    expect((await kit.get(`/v1/shipments/${trackingNumber}`)).status).toBe(401);
    expect((await kit.get('/v1/shipments', marketplace.apiKey)).status).toBe(400);
  });

  it('asks which courier when one tracking number is registered with two of them', async () => {
    const { orderId } = await kit.seedOrder(marketplace.id);
    const { orderId: second } = await kit.seedOrder(marketplace.id);
    const trackingNumber = kit.trackingNumber();
    expect((await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber })).status).toBe(201);
    expect((await kit.registerShipment(marketplace, { orderId: second, courier: otherCourier.id, trackingNumber })).status).toBe(201);
    expect((await kit.get(`/v1/shipments/${trackingNumber}`, marketplace.apiKey)).status).toBe(409);
    expect((await kit.get(`/v1/shipments/${trackingNumber}?courierId=${otherCourier.id}`, marketplace.apiKey)).body).toMatchObject({ orderId: second });
    // each courier sees only its own parcel
    expect((await kit.get(`/v1/shipments/${trackingNumber}`, otherCourier.apiKey)).body).toMatchObject({ orderId: second, courierId: otherCourier.id });
  });
});

describe('operations', () => {
  it('lists stuck shipments once the courier is silent for STUCK_AFTER_HOURS or past the expected delivery (keyset pages)', async () => {
    const m = await kit.registerPartner('MARKETPLACE');
    const silent = await outbound(m);
    const overdueOrder = await kit.seedOrder(m.id);
    const overdueTn = kit.trackingNumber();
    const expectedDeliveryAt = new Date(kit.now().getTime() + 2 * HOUR).toISOString();
    expect((await kit.registerShipment(m, { orderId: overdueOrder.orderId, courier: courier.id, trackingNumber: overdueTn, expectedDeliveryAt })).status).toBe(201);
    const stuck = () => kit.get('/v1/shipments?stuck=true&limit=1', m.apiKey);
    expect((await stuck()).body).toEqual({ items: [], nextCursor: null });

    kit.advanceWithoutSweep(3 * HOUR);
    const overdue = await stuck();
    expect((overdue.body.items as Array<Record<string, unknown>>).map((s) => [s.trackingNumber, s.reasons])).toEqual([[overdueTn, ['OVERDUE']]]);

    kit.advanceWithoutSweep(46 * HOUR); // 49 h without an event
    const first = await stuck();
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await kit.get(`/v1/shipments?stuck=true&limit=1&cursor=${first.body.nextCursor as string}`, m.apiKey);
    const listed = [...(first.body.items as Array<Record<string, unknown>>), ...(second.body.items as Array<Record<string, unknown>>)];
    expect(listed.map((s) => s.trackingNumber).sort()).toEqual([silent.trackingNumber, overdueTn].sort());
    expect(listed.find((s) => s.trackingNumber === overdueTn)?.reasons).toEqual(['SILENT', 'OVERDUE']);
    expect(second.body.nextCursor).toBeNull();
    expect((await kit.get('/v1/shipments?stuck=true&limit=5', kit.operatorToken('viewer'))).status).toBe(200);
    expect((await kit.get('/v1/shipments?stuck=true&cursor=nope', m.apiKey)).status).toBe(400);
  });

  it('exposes per-courier counters and the oldest silence at /metrics, with no shipment label', async () => {
    const { trackingNumber } = await outbound();
    const record = kit.app.get(RecordCourierEventUseCase);
    const cp = { trackingNumber, location: null, note: null, codAmount: null, source: 'GENERIC' as const, occurredAt: new Date(kit.now().getTime() - 60_000) };
    await record.execute(courier.id, { ...cp, status: 'EXCEPTION', rawStatus: 'X-42', unmapped: true });
    await record.execute(courier.id, { ...cp, status: 'EXCEPTION', rawStatus: 'X-42', unmapped: true }); // duplicate
    const text = (await kit.get('/metrics')).body.text as string;
    const line = (name: string) => text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(`courier_id="${courier.id}"`));
    for (const name of [COURIER_EVENT_METRIC_NAMES.accepted, COURIER_EVENT_METRIC_NAMES.unmapped, COURIER_EVENT_METRIC_NAMES.exceptions, COURIER_EVENT_METRIC_NAMES.duplicates]) {
      expect(line(name)).toContain('source="GENERIC"');
    }
    expect(Number(line('tc_delivery_oldest_silent_shipment_age_seconds')?.split(' ').pop())).toBeGreaterThan(0);
    expect(text).not.toMatch(/tracking_number|shipment_id/);
  });

  it('purges parked courier events past their expiry on the hourly deadline', async () => {
    const trackingNumber = kit.trackingNumber('PARK');
    const parked = await kit.app.get(RecordCourierEventUseCase).execute(courier.id, {
      trackingNumber,
      status: 'PICKED_UP',
      rawStatus: 'PICKED_UP',
      unmapped: false,
      occurredAt: new Date(kit.now().getTime() - 60_000),
      location: null,
      note: null,
      codAmount: null,
      source: 'GENERIC',
    });
    expect(parked.kind).toBe('parked');
    await kit.advance(2 * HOUR);
    expect(await kit.db.manager.countBy(ParkedCourierEventRecord, { trackingNumber })).toBe(1);
    await kit.advance(8 * 24 * HOUR);
    await kit.sweep(); // the slot after the clock jump
    expect(await kit.db.manager.countBy(ParkedCourierEventRecord, { trackingNumber })).toBe(0);
  });
});
