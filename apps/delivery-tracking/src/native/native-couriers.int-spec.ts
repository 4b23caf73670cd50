/**
 * Couriers' own webhook formats against the real PostgreSQL, Redis and Kafka (an in-process delivery-tracking
 * app): native tokens issued by an admin (hash only, rotation with grace), realistic GHN and Viettel Post sequences
 * (happy path with a failed attempt, out-of-order arrival, duplicates, delivered then returned) producing the
 * canonical timeline and the milestone events, an unknown code kept as a flagged
 * EXCEPTION, 202 ignored, wrong or missing tokens (401, logged without the token, nothing stored), the IP
 * allow-list (403), another courier's parcel (404), refused times and a table of malformed bodies (400 naming the
 * field, nothing stored).
 */
import { Logger } from '@nestjs/common';
import { sha256Hex } from '@trustcircle/security';
import { DeliveryTestKit, TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '../testing/delivery-test-kit';
import { CourierNativeTokenRecord } from './infrastructure/courier-native-token.orm-entity';

jest.setTimeout(60_000);

let kit: DeliveryTestKit;
let marketplace: TestPartner;
let ghnCourier: TestPartner;
let otherCourier: TestPartner;
let vtpCourier: TestPartner;
let ghnToken: string;
let vtpToken: string;

const MINUTE = 60_000;

beforeAll(async () => {
  ({ kit, marketplace, courier: ghnCourier, otherCourier } = await DeliveryTestKit.startWithPartners());
  vtpCourier = await kit.registerPartner('COURIER');
  ghnToken = (await issue(ghnCourier.id, { format: 'GHN' })).body.token as string;
  vtpToken = (await issue(vtpCourier.id, { format: 'VIETTEL_POST' })).body.token as string;
});

afterAll(async () => {
  await kit?.close();
});

function issue(courierId: string, body: Record<string, unknown>, role: 'admin' | 'viewer' = 'admin'): Promise<TestResponse> {
  return kit.call('POST', `/v1/couriers/${courierId}/native-token`, kit.operatorToken(role), body);
}

function ghn(body: unknown, token = ghnToken, courierId = ghnCourier.id): Promise<TestResponse> {
  return kit.call('POST', `/v1/couriers/${courierId}/ghn/${token}`, undefined, body);
}

function vtp(data: unknown, token: unknown = vtpToken, courierId = vtpCourier.id): Promise<TestResponse> {
  return kit.call('POST', `/v1/couriers/${courierId}/viettel-post`, undefined, { DATA: data, TOKEN: token });
}

/** `minutesAgo` before the app clock's now. */
function ago(minutesAgo: number): Date {
  return new Date(kit.now().getTime() - minutesAgo * MINUTE);
}

/** Vietnam wall time (UTC+7) of an instant, seconds precision: [yyyy, MM, dd, HH, mm, ss]. */
function vietnamParts(at: Date): string[] {
  const v = new Date(at.getTime() + 7 * 60 * MINUTE).toISOString();
  return [v.slice(0, 4), v.slice(5, 7), v.slice(8, 10), v.slice(11, 13), v.slice(14, 16), v.slice(17, 19)];
}

/** GHN's `Time` without an offset (Vietnam time): `yyyy-MM-dd HH:mm:ss`. */
function ghnLocal(at: Date): string {
  const [y, mo, d, h, mi, s] = vietnamParts(at);
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
}

/** Viettel Post's `ORDER_STATUSDATE`: `dd/MM/yyyy HH:mm:ss`, Vietnam time. */
function vtpDate(at: Date): string {
  const [y, mo, d, h, mi, s] = vietnamParts(at);
  return `${d}/${mo}/${y} ${h}:${mi}:${s}`;
}

function seconds(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}

async function registered(courier: TestPartner): Promise<{ orderId: string; trackingNumber: string; shipmentId: string }> {
  const { orderId } = await kit.seedOrder(marketplace.id, { paymentMethod: 'COD' });
  const trackingNumber = kit.trackingNumber('NT');
  const res = await kit.registerShipment(marketplace, { orderId, courier: courier.id, trackingNumber });
  expect(res.status).toBe(201);
  return { orderId, trackingNumber, shipmentId: res.body.shipmentId as string };
}

/** A GHN body as GHN sends it, with the fields this service does not read. */
function ghnBody(orderCode: string, status: string, at: Date, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    CODAmount: 350_000,
    CODTransferDate: null,
    ClientOrderCode: 'SHOP-1',
    ConvertedWeight: 200,
    Description: 'Cập nhật trạng thái',
    Fee: { CODFee: 0, Coupon: 0, MainService: 22_000, Insurance: 0, Return: 0, StationDO: 0, StationPU: 0 },
    Height: 10,
    IsPartialReturn: false,
    Length: 10,
    OrderCode: orderCode,
    PaymentType: 1,
    Reason: '',
    ReasonCode: '',
    ShopID: 885,
    Status: status,
    Time: ghnLocal(at),
    TotalFee: 22_000,
    Type: 'Switch_status',
    Warehouse: 'Bưu Cục 230 Nguyễn Trãi-Q.1-HCM',
    Weight: 200,
    Width: 10,
    ...extra,
  };
}

/** A Viettel Post `DATA` as Viettel Post sends it. */
function vtpData(orderNumber: string, status: number, at: Date, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ORDER_NUMBER: orderNumber,
    ORDER_REFERENCE: 'SHOP-2',
    ORDER_STATUSDATE: vtpDate(at),
    ORDER_STATUS: status,
    STATUS_NAME: 'Trạng thái',
    LOCALION_CURRENTLY: 'Bưu cục Quận 1 - Hồ Chí Minh',
    NOTE: '',
    MONEY_COLLECTION: 420_000,
    MONEY_FEECOD: 0,
    MONEY_TOTAL: 30_000,
    EXPECTED_DELIVERY: 'Khoảng 2 ngày làm việc',
    PRODUCT_WEIGHT: 500,
    ORDER_SERVICE: 'VCN',
    ...extra,
  };
}

describe('POST /v1/couriers/{courierId}/native-token', () => {
  it('answers the token once (no-store) and keeps only its SHA-256', async () => {
    const courier = await kit.registerPartner('COURIER');
    const res = await issue(courier.id, { format: 'GHN' });
    expect(res.status).toBe(201);
    const token = res.body.token as string;
    expect(res.body).toEqual({
      tokenId: expect.any(String),
      courierId: courier.id,
      format: 'GHN',
      token: expect.stringMatching(/^tcn_[A-Za-z0-9_-]{43}$/),
      webhookPath: `/v1/couriers/${courier.id}/ghn/${token}`,
      issuedAt: expect.any(String),
      previousValidUntil: null,
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const rows = await kit.db.manager.findBy(CourierNativeTokenRecord, { courierId: courier.id });
    expect(rows).toEqual([expect.objectContaining({ format: 'GHN', tokenSha256: sha256Hex(token), expiresAt: null })]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('rotates: the previous token works during its grace; with no grace it stops at once', async () => {
    const { trackingNumber } = await registered(vtpCourier);
    const courier = vtpCourier;
    const first = vtpToken;
    const second = await issue(courier.id, { format: 'VIETTEL_POST' });
    expect(second.status).toBe(201);
    expect(Date.parse(second.body.previousValidUntil as string) - kit.now().getTime()).toBeGreaterThan(23 * 60 * MINUTE);
    expect((await vtp(vtpData(trackingNumber, 100, ago(30)), first)).status).toBe(200);
    expect((await vtp(vtpData(trackingNumber, 105, ago(29)), second.body.token)).status).toBe(200);
    const third = await issue(courier.id, { format: 'VIETTEL_POST', previousValidForHours: 0 });
    expect(third.status).toBe(201);
    expect((await vtp(vtpData(trackingNumber, 200, ago(28)), second.body.token)).status).toBe(401);
    expect((await vtp(vtpData(trackingNumber, 200, ago(28)), first)).status).toBe(401);
    expect((await vtp(vtpData(trackingNumber, 200, ago(28)), third.body.token)).status).toBe(200);
    vtpToken = third.body.token as string;
  });

  it('is for admins only (viewer 403, none 401); an unknown courier or a marketplace is 404; a bad format 400', async () => {
    expect((await issue(ghnCourier.id, { format: 'GHN' }, 'viewer')).status).toBe(403);
    expect((await kit.call('POST', `/v1/couriers/${ghnCourier.id}/native-token`, undefined, { format: 'GHN' })).status).toBe(401);
    expect((await issue(marketplace.id, { format: 'GHN' })).body).toMatchObject({ status: 404, type: expect.stringContaining('courier-not-found') });
    expect((await issue('7b0b7c8e-0000-4000-8000-000000000000', { format: 'GHN' })).status).toBe(404);
    const bad = await issue(ghnCourier.id, { format: 'GHTK', previousValidForHours: -1 });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['format', 'previousValidForHours']);
  });
});

describe('POST /v1/couriers/{courierId}/ghn/{token}', () => {
  it('replays ready_to_pick → picked → transporting → delivering → delivery_fail → delivering → delivered into the canonical timeline and milestones', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(ghnCourier);
    const steps: Array<[string, number, Record<string, unknown>]> = [
      ['ready_to_pick', 50, {}],
      ['picked', 45, {}],
      ['transporting', 40, { Warehouse: 'Kho Trung chuyển Hồ Chí Minh' }],
      ['delivering', 30, {}],
      ['delivery_fail', 25, { Reason: 'Khách không nghe máy', ReasonCode: 'GHN-DFC1A0' }],
      ['delivering', 15, {}],
      ['delivered', 5, { Warehouse: '' }],
    ];
    const times = steps.map(([, minutesAgo]) => seconds(ago(minutesAgo)));
    for (const [i, [status, , extra]] of steps.entries()) {
      const res = await ghn(ghnBody(trackingNumber, status, times[i], extra));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ result: 'accepted', rawStatus: status, unmapped: false, late: false, flagged: false });
    }
    const timeline = await kit.timeline(shipmentId);
    expect(timeline.map((c) => [c.status, c.rawStatus])).toEqual([
      ['INFO_RECEIVED', 'ready_to_pick'],
      ['PICKED_UP', 'picked'],
      ['IN_TRANSIT', 'transporting'],
      ['OUT_FOR_DELIVERY', 'delivering'],
      ['DELIVERY_FAILED', 'delivery_fail'],
      ['OUT_FOR_DELIVERY', 'delivering'],
      ['DELIVERED', 'delivered'],
    ]);
    expect(timeline.map((c) => c.occurredAt.toISOString())).toEqual(times.map((t) => t.toISOString()));
    expect(timeline.every((c) => c.source === 'GHN' && c.codAmount === 350_000n)).toBe(true);
    expect(timeline[2].location).toBe('Kho Trung chuyển Hồ Chí Minh');
    expect(timeline[4].note).toBe('Khách không nghe máy');
    expect(timeline[6].location).toBeNull();
    expect(await kit.shipment(ghnCourier.id, trackingNumber)).toMatchObject({ status: 'DELIVERED', failedAttempts: 1 });

    const types = await kit.eventTypes(orderId);
    expect(types.filter((t) => t === 'delivery.shipment-status-changed')).toHaveLength(7);
    expect(types.filter((t) => t !== 'delivery.shipment-status-changed')).toEqual(['delivery.shipment-registered', 'delivery.shipment-first-scanned', 'delivery.shipment-delivered']);
    expect(await kit.eventData(orderId, 'delivery.shipment-first-scanned')).toEqual([expect.objectContaining({ status: 'PICKED_UP', scannedAt: times[1].toISOString() })]);
    expect(await kit.eventData(orderId, 'delivery.shipment-delivered')).toEqual([expect.objectContaining({ deliveredAt: times[6].toISOString(), codAmount: 350_000 })]);
    const changes = await kit.eventData(orderId, 'delivery.shipment-status-changed');
    expect(changes[4]).toMatchObject({ status: 'DELIVERY_FAILED', rawStatus: 'delivery_fail', note: 'Khách không nghe máy' });

    // GHN retries: the same status and time again is absorbed.
    const again = await ghn(ghnBody(trackingNumber, 'delivered', times[6]));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ result: 'duplicate', checkpointId: timeline[6].id });
    expect(await kit.checkpointCount(trackingNumber)).toBe(7);
  });

  it('keeps delivered current when delivering and transporting arrive after it with earlier times: flagged late, in timeline order, delivered announced once', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(ghnCourier);
    const [picked, transporting, delivering, delivered] = [50, 40, 20, 10].map((m) => seconds(ago(m)));
    expect((await ghn(ghnBody(trackingNumber, 'picked', picked))).body).toMatchObject({ currentStatus: 'PICKED_UP', late: false });
    expect((await ghn(ghnBody(trackingNumber, 'delivered', delivered))).body).toMatchObject({ currentStatus: 'DELIVERED', late: false, flagged: false });
    for (const [status, at] of [
      ['delivering', delivering],
      ['transporting', transporting],
    ] as const) {
      const res = await ghn(ghnBody(trackingNumber, status, at));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ result: 'accepted', rawStatus: status, currentStatus: 'DELIVERED', late: true, flagged: false });
    }
    const timeline = await kit.timeline(shipmentId);
    expect(timeline.map((c) => [c.rawStatus, c.status, c.late, c.flagged])).toEqual([
      ['picked', 'PICKED_UP', false, false],
      ['transporting', 'IN_TRANSIT', true, false],
      ['delivering', 'OUT_FOR_DELIVERY', true, false],
      ['delivered', 'DELIVERED', false, false],
    ]);
    expect(timeline.map((c) => c.occurredAt.toISOString())).toEqual([picked, transporting, delivering, delivered].map((t) => t.toISOString()));
    expect(await kit.shipment(ghnCourier.id, trackingNumber)).toMatchObject({ status: 'DELIVERED', deliveredAt: delivered });
    expect(await kit.eventData(orderId, 'delivery.shipment-delivered')).toEqual([expect.objectContaining({ deliveredAt: delivered.toISOString() })]);
    const changes = await kit.eventData(orderId, 'delivery.shipment-status-changed');
    expect(changes.map((c) => [c.rawStatus, c.currentStatus, c.late])).toEqual([
      ['picked', 'PICKED_UP', false],
      ['delivered', 'DELIVERED', false],
      ['delivering', 'DELIVERED', true],
      ['transporting', 'DELIVERED', true],
    ]);
  });

  it('applies return → returning after delivered (the first flagged CONTRADICTS_TERMINAL), then returned with the RETURNED milestone', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(ghnCourier);
    const [delivered, back, returning, returned] = [40, 30, 20, 5].map((m) => seconds(ago(m)));
    expect((await ghn(ghnBody(trackingNumber, 'delivered', delivered))).body).toMatchObject({ currentStatus: 'DELIVERED', flagged: false });
    const contradicting = await ghn(ghnBody(trackingNumber, 'return', back, { Reason: 'Khách từ chối nhận hàng' }));
    expect(contradicting.status).toBe(200);
    expect(contradicting.body).toMatchObject({ result: 'accepted', status: 'RETURNING', currentStatus: 'RETURNING', late: false, flagged: true });
    expect((await ghn(ghnBody(trackingNumber, 'returning', returning))).body).toMatchObject({ currentStatus: 'RETURNING', flagged: false });
    expect((await ghn(ghnBody(trackingNumber, 'returned', returned))).body).toMatchObject({ status: 'RETURNED', currentStatus: 'RETURNED', late: false, flagged: false });
    expect((await kit.timeline(shipmentId)).map((c) => [c.rawStatus, c.status, c.flagReason])).toEqual([
      ['delivered', 'DELIVERED', null],
      ['return', 'RETURNING', 'CONTRADICTS_TERMINAL'],
      ['returning', 'RETURNING', null],
      ['returned', 'RETURNED', null],
    ]);
    expect(await kit.shipment(ghnCourier.id, trackingNumber)).toMatchObject({ status: 'RETURNED', deliveredAt: delivered, returnedAt: returned });
    expect(await kit.eventData(orderId, 'delivery.shipment-returned')).toEqual([
      expect.objectContaining({ shipmentId, courierId: ghnCourier.id, trackingNumber, direction: 'OUTBOUND', returnedAt: returned.toISOString() }),
    ]);
    expect((await kit.eventData(orderId, 'delivery.shipment-status-changed')).map((c) => [c.rawStatus, c.flagged])).toEqual([
      ['delivered', false],
      ['return', true],
      ['returning', false],
      ['returned', false],
    ]);
  });

  it('reads an ISO Time with an offset as stated', async () => {
    const { shipmentId, trackingNumber } = await registered(ghnCourier);
    const at = new Date(seconds(ago(20)).getTime() + 123);
    expect((await ghn(ghnBody(trackingNumber, 'picked', at, { Time: at.toISOString() }))).status).toBe(200);
    expect((await kit.timeline(shipmentId))[0].occurredAt.toISOString()).toBe(at.toISOString());
  });

  it('keeps an unknown status as EXCEPTION flagged UNMAPPED_STATUS with the raw code', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(ghnCourier);
    const res = await ghn(ghnBody(trackingNumber, 'waiting_to_finish', ago(10)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ result: 'accepted', status: 'EXCEPTION', rawStatus: 'waiting_to_finish', unmapped: true, flagged: true });
    expect(await kit.timeline(shipmentId)).toEqual([expect.objectContaining({ status: 'EXCEPTION', rawStatus: 'waiting_to_finish', flagged: true, flagReason: 'UNMAPPED_STATUS' })]);
    expect(await kit.eventData(orderId, 'delivery.shipment-status-changed')).toEqual([
      expect.objectContaining({ status: 'EXCEPTION', rawStatus: 'waiting_to_finish', flagged: true, flagReason: 'UNMAPPED_STATUS' }),
    ]);
  });

  it('parks an unknown tracking number (200, parked)', async () => {
    const res = await ghn(ghnBody(kit.trackingNumber('NP'), 'picked', ago(5)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ result: 'parked', status: 'PICKED_UP', expiresAt: expect.any(String) });
  });

  it('refuses a wrong, missing-format, other-format or other-courier token and an unknown courier: 401, logged without the token, nothing stored', async () => {
    const { trackingNumber } = await registered(ghnCourier);
    const body = ghnBody(trackingNumber, 'picked', ago(5));
    const forged = `tcn_${'A'.repeat(43)}`;
    const otherToken = (await issue(otherCourier.id, { format: 'GHN' })).body.token as string;
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      for (const [token, courierId] of [
        [forged, ghnCourier.id],
        ['not-a-token', ghnCourier.id],
        [vtpToken, ghnCourier.id],
        [otherToken, ghnCourier.id],
        [ghnToken, otherCourier.id],
        [ghnToken, vtpCourier.id],
        [ghnToken, marketplace.id],
        [ghnToken, '7b0b7c8e-0000-4000-8000-000000000000'],
        [ghnToken, 'not-a-uuid'],
      ]) {
        const res = await ghn(body, token, courierId);
        expect(res.status).toBe(401);
        expect(res.body.type).toContain('invalid-courier-token');
      }
      const lines = warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('native-webhook-'));
      expect(lines.length).toBeGreaterThanOrEqual(9);
      expect(lines.some((l) => l.includes('native-webhook-token-wrong') && l.includes('/ghn/[REDACTED]'))).toBe(true);
      for (const l of lines) {
        expect(l).not.toContain(forged);
        expect(l).not.toContain(ghnToken);
      }
    } finally {
      warn.mockRestore();
    }
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('refuses an address outside the courier’s IP allow-list (403)', async () => {
    const fenced = await kit.registerPartner('COURIER', [], { ...TEST_MARKETPLACE_SETTINGS, ipAllowList: ['203.0.113.0/24'] });
    const token = (await issue(fenced.id, { format: 'GHN' })).body.token as string;
    const res = await ghn(ghnBody(kit.trackingNumber('NP'), 'picked', ago(5)), token, fenced.id);
    expect(res.status).toBe(403);
    expect(res.body.type).toContain('ip-not-allowed');
    const open = await kit.registerPartner('COURIER', [], { ...TEST_MARKETPLACE_SETTINGS, ipAllowList: ['127.0.0.0/8', '::1/128'] });
    const openToken = (await issue(open.id, { format: 'GHN' })).body.token as string;
    expect((await ghn(ghnBody(kit.trackingNumber('NP'), 'picked', ago(5)), openToken, open.id)).status).toBe(200);
  });

  it('answers 404 for another courier’s parcel (logged for security), nothing stored', async () => {
    const { trackingNumber } = await registered(otherCourier);
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const res = await ghn(ghnBody(trackingNumber, 'delivered', ago(5)));
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ type: expect.stringContaining('shipment-not-found'), field: 'OrderCode' });
      expect(warn.mock.calls.some((c) => String(c[0]).includes('courier-event-foreign-parcel') && String(c[0]).includes(trackingNumber))).toBe(true);
    } finally {
      warn.mockRestore();
    }
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('refuses a Time far in the future or before the order (400 naming Time)', async () => {
    const { trackingNumber } = await registered(ghnCourier);
    const future = await ghn(ghnBody(trackingNumber, 'picked', new Date(kit.now().getTime() + 60 * MINUTE)));
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ field: 'Time', errors: [{ field: 'Time', code: 'IN_THE_FUTURE' }] });
    const before = await ghn(ghnBody(trackingNumber, 'picked', ago(3 * 60)));
    expect(before.body).toMatchObject({ status: 400, field: 'Time', errors: [{ field: 'Time', code: 'BEFORE_THE_ORDER' }] });
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no OrderCode', { OrderCode: undefined }, 'OrderCode'],
    ['an OrderCode with spaces', { OrderCode: 'LBK 6RN' }, 'OrderCode'],
    ['a numeric OrderCode', { OrderCode: 12345 }, 'OrderCode'],
    ['no Status', { Status: undefined }, 'Status'],
    ['an empty Status', { Status: '' }, 'Status'],
    ['a numeric Status', { Status: 5 }, 'Status'],
    ['no Time', { Time: undefined }, 'Time'],
    ['a Time in another format', { Time: '02/06/2025 09:15:00' }, 'Time'],
    ['an impossible Time', { Time: '2025-02-30 09:15:00' }, 'Time'],
    ['a numeric Time', { Time: 1_717_300_000 }, 'Time'],
    ['a negative CODAmount', { CODAmount: -1 }, 'CODAmount'],
    ['a fractional CODAmount', { CODAmount: 1000.5 }, 'CODAmount'],
    ['a string CODAmount', { CODAmount: '350000' }, 'CODAmount'],
    ['a numeric Warehouse', { Warehouse: 7 }, 'Warehouse'],
    ['an over-long Reason', { Reason: 'x'.repeat(1001) }, 'Reason'],
  ])('refuses %s (400 naming the field, nothing stored)', async (_name, patch, field) => {
    const { trackingNumber } = await registered(ghnCourier);
    const body = ghnBody(trackingNumber, 'picked', ago(5), patch);
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete body[k];
    const res = await ghn(body);
    expect(res.status).toBe(400);
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('refuses a body that is not a JSON object (400)', async () => {
    expect((await ghn([ghnBody('X1', 'picked', ago(5))])).status).toBe(400);
  });
});

describe('POST /v1/couriers/{courierId}/viettel-post', () => {
  it('replays 100 → 105 → 300 → 400 → 500 → 506 → 500 → 501 (with a 202 ignored) into the canonical timeline and milestones', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(vtpCourier);
    const steps: Array<[number, number, Record<string, unknown>]> = [
      [100, 55, {}],
      [105, 50, {}],
      [300, 45, { LOCALION_CURRENTLY: 'Bưu cục Quận 1' }],
      [400, 40, { LOCALION_CURRENTLY: 'Trung tâm khai thác Hà Nội' }],
      [500, 30, {}],
      [506, 25, { NOTE: 'Khách hàng nghỉ, không có nhà' }],
      [500, 15, {}],
      [501, 5, { NOTE: 'Phát thành công' }],
    ];
    const times = steps.map(([, minutesAgo]) => seconds(ago(minutesAgo)));
    for (const [i, [status, , extra]] of steps.entries()) {
      const res = await vtp(vtpData(trackingNumber, status, times[i], extra));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ result: 'accepted', rawStatus: String(status), unmapped: false });
    }
    const edited = await vtp(vtpData(trackingNumber, 202, ago(20)));
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual({ result: 'ignored', rawStatus: '202' });

    const timeline = await kit.timeline(shipmentId);
    expect(timeline.map((c) => [c.status, c.rawStatus])).toEqual([
      ['INFO_RECEIVED', '100'],
      ['PICKED_UP', '105'],
      ['IN_TRANSIT', '300'],
      ['IN_TRANSIT', '400'],
      ['OUT_FOR_DELIVERY', '500'],
      ['DELIVERY_FAILED', '506'],
      ['OUT_FOR_DELIVERY', '500'],
      ['DELIVERED', '501'],
    ]);
    // ORDER_STATUSDATE is Vietnam time: stored as the instant it names.
    expect(timeline.map((c) => c.occurredAt.toISOString())).toEqual(times.map((t) => t.toISOString()));
    expect(timeline.every((c) => c.source === 'VIETTEL_POST' && c.codAmount === 420_000n)).toBe(true);
    expect(timeline[3].location).toBe('Trung tâm khai thác Hà Nội');
    expect(timeline[5].note).toBe('Khách hàng nghỉ, không có nhà');
    expect(await kit.shipment(vtpCourier.id, trackingNumber)).toMatchObject({ status: 'DELIVERED', failedAttempts: 1 });

    const types = await kit.eventTypes(orderId);
    expect(types.filter((t) => t === 'delivery.shipment-status-changed')).toHaveLength(8);
    expect(types.filter((t) => t !== 'delivery.shipment-status-changed')).toEqual(['delivery.shipment-registered', 'delivery.shipment-first-scanned', 'delivery.shipment-delivered']);
    expect(await kit.eventData(orderId, 'delivery.shipment-delivered')).toEqual([expect.objectContaining({ deliveredAt: times[7].toISOString(), codAmount: 420_000 })]);
  });

  it('keeps 501 current when 500 and 300 arrive after it with earlier times: flagged late, in timeline order, delivered announced once', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(vtpCourier);
    const [pickedUp, transit, outForDelivery, delivered] = [50, 40, 15, 5].map((m) => seconds(ago(m)));
    expect((await vtp(vtpData(trackingNumber, 105, pickedUp))).body).toMatchObject({ currentStatus: 'PICKED_UP', late: false });
    expect((await vtp(vtpData(trackingNumber, 501, delivered))).body).toMatchObject({ currentStatus: 'DELIVERED', late: false, flagged: false });
    for (const [status, at] of [
      [500, outForDelivery],
      [300, transit],
    ] as const) {
      const res = await vtp(vtpData(trackingNumber, status, at));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ result: 'accepted', rawStatus: String(status), currentStatus: 'DELIVERED', late: true, flagged: false });
    }
    const timeline = await kit.timeline(shipmentId);
    expect(timeline.map((c) => [c.rawStatus, c.status, c.late, c.flagged])).toEqual([
      ['105', 'PICKED_UP', false, false],
      ['300', 'IN_TRANSIT', true, false],
      ['500', 'OUT_FOR_DELIVERY', true, false],
      ['501', 'DELIVERED', false, false],
    ]);
    expect(timeline.map((c) => c.occurredAt.toISOString())).toEqual([pickedUp, transit, outForDelivery, delivered].map((t) => t.toISOString()));
    expect(await kit.shipment(vtpCourier.id, trackingNumber)).toMatchObject({ status: 'DELIVERED', deliveredAt: delivered });
    expect(await kit.eventData(orderId, 'delivery.shipment-delivered')).toEqual([expect.objectContaining({ deliveredAt: delivered.toISOString(), codAmount: 420_000 })]);
    expect((await kit.eventData(orderId, 'delivery.shipment-status-changed')).map((c) => [c.rawStatus, c.currentStatus, c.late])).toEqual([
      ['105', 'PICKED_UP', false],
      ['501', 'DELIVERED', false],
      ['500', 'DELIVERED', true],
      ['300', 'DELIVERED', true],
    ]);
  });

  it('applies 505 → 502 after 501 (the first flagged CONTRADICTS_TERMINAL), then 504 with the RETURNED milestone', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(vtpCourier);
    const [delivered, requested, returning, returned] = [40, 30, 20, 5].map((m) => seconds(ago(m)));
    expect((await vtp(vtpData(trackingNumber, 501, delivered))).body).toMatchObject({ currentStatus: 'DELIVERED', flagged: false });
    const contradicting = await vtp(vtpData(trackingNumber, 505, requested, { NOTE: 'Người nhận từ chối nhận hàng' }));
    expect(contradicting.status).toBe(200);
    expect(contradicting.body).toMatchObject({ result: 'accepted', status: 'RETURNING', currentStatus: 'RETURNING', late: false, flagged: true });
    expect((await vtp(vtpData(trackingNumber, 502, returning))).body).toMatchObject({ currentStatus: 'RETURNING', flagged: false });
    expect((await vtp(vtpData(trackingNumber, 504, returned))).body).toMatchObject({ status: 'RETURNED', currentStatus: 'RETURNED', late: false, flagged: false });
    expect((await kit.timeline(shipmentId)).map((c) => [c.rawStatus, c.status, c.flagReason])).toEqual([
      ['501', 'DELIVERED', null],
      ['505', 'RETURNING', 'CONTRADICTS_TERMINAL'],
      ['502', 'RETURNING', null],
      ['504', 'RETURNED', null],
    ]);
    expect(await kit.shipment(vtpCourier.id, trackingNumber)).toMatchObject({ status: 'RETURNED', deliveredAt: delivered, returnedAt: returned });
    expect(await kit.eventData(orderId, 'delivery.shipment-returned')).toEqual([
      expect.objectContaining({ shipmentId, courierId: vtpCourier.id, trackingNumber, direction: 'OUTBOUND', returnedAt: returned.toISOString() }),
    ]);
  });

  it('absorbs a resent update (same ORDER_STATUS and ORDER_STATUSDATE): one checkpoint, one status change', async () => {
    const { orderId, trackingNumber, shipmentId } = await registered(vtpCourier);
    const at = seconds(ago(20));
    const first = await vtp(vtpData(trackingNumber, 105, at));
    expect(first.body).toMatchObject({ result: 'accepted', status: 'PICKED_UP' });
    const again = await vtp(vtpData(trackingNumber, 105, at, { NOTE: 'Gửi lại' }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ result: 'duplicate', rawStatus: '105', status: 'PICKED_UP', checkpointId: first.body.checkpointId });
    expect(await kit.timeline(shipmentId)).toEqual([expect.objectContaining({ id: first.body.checkpointId, rawStatus: '105', note: null })]);
    expect(await kit.checkpointCount(trackingNumber)).toBe(1);
    expect((await kit.eventTypes(orderId)).filter((t) => t !== 'delivery.shipment-registered')).toEqual(['delivery.shipment-status-changed', 'delivery.shipment-first-scanned']);
  });

  it('accepts a waybill number and status sent as a number and a digit string', async () => {
    const { trackingNumber, shipmentId } = await registered(vtpCourier);
    const numeric = String(100_000_000_000_000 + Math.floor(Math.random() * 800_000_000_000_000));
    // the registered tracking number has letters; a numeric one is registered separately
    const { orderId } = await kit.seedOrder(marketplace.id);
    expect((await kit.registerShipment(marketplace, { orderId, courier: vtpCourier.id, trackingNumber: numeric })).status).toBe(201);
    expect((await vtp(vtpData(Number(numeric) as unknown as string, '105' as unknown as number, ago(5)))).body).toMatchObject({ result: 'accepted', status: 'PICKED_UP', rawStatus: '105' });
    expect((await vtp(vtpData(trackingNumber, 105, ago(5)))).status).toBe(200);
    expect(await kit.timeline(shipmentId)).toHaveLength(1);
  });

  it('keeps an unknown code as EXCEPTION flagged UNMAPPED_STATUS with the raw code', async () => {
    const { trackingNumber, shipmentId } = await registered(vtpCourier);
    const res = await vtp(vtpData(trackingNumber, 999, ago(5)));
    expect(res.body).toMatchObject({ result: 'accepted', status: 'EXCEPTION', rawStatus: '999', unmapped: true, flagged: true });
    expect(await kit.timeline(shipmentId)).toEqual([expect.objectContaining({ status: 'EXCEPTION', rawStatus: '999', flagReason: 'UNMAPPED_STATUS' })]);
  });

  it('refuses a wrong, missing or GHN TOKEN (401, nothing stored)', async () => {
    const { trackingNumber } = await registered(vtpCourier);
    const data = vtpData(trackingNumber, 105, ago(5));
    for (const token of [`tcn_${'B'.repeat(43)}`, null, '', 42, ghnToken]) {
      const res = await vtp(data, token);
      expect([token, res.status]).toEqual([token, 401]);
    }
    expect((await kit.call('POST', `/v1/couriers/${vtpCourier.id}/viettel-post`, undefined, data)).status).toBe(401);
    expect((await vtp(data, vtpToken, ghnCourier.id)).status).toBe(401);
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('answers 404 for another courier’s parcel, nothing stored', async () => {
    const { trackingNumber } = await registered(otherCourier);
    const res = await vtp(vtpData(trackingNumber, 501, ago(5)));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ field: 'DATA.ORDER_NUMBER' });
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });

  it('refuses an ORDER_STATUSDATE before the order (400 naming it)', async () => {
    const { trackingNumber } = await registered(vtpCourier);
    const res = await vtp(vtpData(trackingNumber, 105, ago(3 * 60)));
    expect(res.body).toMatchObject({ status: 400, field: 'DATA.ORDER_STATUSDATE', errors: [{ field: 'DATA.ORDER_STATUSDATE', code: 'BEFORE_THE_ORDER' }] });
  });

  it.each<[string, Record<string, unknown> | 'no DATA' | 'DATA not an object', string]>([
    ['no DATA', 'no DATA', 'DATA'],
    ['a DATA that is not an object', 'DATA not an object', 'DATA'],
    ['no ORDER_NUMBER', { ORDER_NUMBER: undefined }, 'DATA.ORDER_NUMBER'],
    ['an ORDER_NUMBER with spaces', { ORDER_NUMBER: '1034 538162' }, 'DATA.ORDER_NUMBER'],
    ['no ORDER_STATUS', { ORDER_STATUS: undefined }, 'DATA.ORDER_STATUS'],
    ['a word ORDER_STATUS', { ORDER_STATUS: 'DELIVERED' }, 'DATA.ORDER_STATUS'],
    ['a fractional ORDER_STATUS', { ORDER_STATUS: 500.5 }, 'DATA.ORDER_STATUS'],
    ['no ORDER_STATUSDATE', { ORDER_STATUSDATE: undefined }, 'DATA.ORDER_STATUSDATE'],
    ['an ISO ORDER_STATUSDATE', { ORDER_STATUSDATE: '2025-06-02T09:15:00+07:00' }, 'DATA.ORDER_STATUSDATE'],
    ['an impossible ORDER_STATUSDATE', { ORDER_STATUSDATE: '31/02/2025 09:15:00' }, 'DATA.ORDER_STATUSDATE'],
    ['a negative MONEY_COLLECTION', { MONEY_COLLECTION: -5 }, 'DATA.MONEY_COLLECTION'],
    ['a fractional MONEY_COLLECTION', { MONEY_COLLECTION: 0.5 }, 'DATA.MONEY_COLLECTION'],
    ['a numeric NOTE', { NOTE: 1 }, 'DATA.NOTE'],
    ['a numeric LOCALION_CURRENTLY', { LOCALION_CURRENTLY: 1 }, 'DATA.LOCALION_CURRENTLY'],
  ])('refuses %s (400 naming the field, nothing stored)', async (_name, patch, field) => {
    const { trackingNumber } = await registered(vtpCourier);
    let data: unknown = vtpData(trackingNumber, 105, ago(5));
    if (patch === 'no DATA') data = undefined;
    else if (patch === 'DATA not an object') data = 'x';
    else for (const [k, v] of Object.entries(patch)) (data as Record<string, unknown>)[k] = v;
    if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) if (v === undefined) delete (data as Record<string, unknown>)[k];
    const res = await vtp(data);
    expect(res.status).toBe(400);
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    expect(await kit.checkpointCount(trackingNumber)).toBe(0);
  });
});
