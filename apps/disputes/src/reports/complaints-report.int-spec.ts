/**
 * The regulator's complaints report against the real PostgreSQL, Redis and Kafka (an in-process disputes app), on
 * a known set of disputes in a period of their own: the app's clock is moved to a random far-future day, two
 * complaints are filed there through the real endpoint, and the states the write side produces later are inserted
 * as rows. Proves the counts, the median, the share within deadline, the vulnerable cases, the period's bounds in
 * Vietnam time, the validation, and that the CSV parses back to the same figures.
 */
import { randomUUID } from 'node:crypto';
import { TEST_MARKETPLACE_SETTINGS } from '@trustcircle/service-testing';
import { PartnerDirectoryWriter } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import { DisputeRecord } from '../disputes/infrastructure/dispute.orm-entity';
import { DisputesTestKit } from '../testing/disputes-test-kit';
import { parseCsv } from '@trustcircle/kernel';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VN = 7 * HOUR;
let kit: DisputesTestKit;

/** The period: three calendar days from a random day between the years 2200 and 8700, so no other rows fall in it. */
const dayIndex = Math.floor(Math.random() * 2_400_000);
const day = (offset: number): string => new Date(Date.UTC(2200, 0, 1) + (dayIndex + offset) * DAY).toISOString().slice(0, 10);
const [from, to] = [day(0), day(2)];
/** `from` at 00:00 in Asia/Ho_Chi_Minh. */
const S = new Date(Date.parse(`${from}T00:00:00.000Z`) - VN);
const h = (hours: number): Date => new Date(S.getTime() + hours * HOUR);
const END = new Date(S.getTime() + 3 * DAY);

const A = randomUUID();
const B = randomUUID();
const A_NAME = 'Cửa hàng Ánh Dương, "Hà Nội"';
const ids: Record<string, string> = {};

async function insert(m: EntityManager, key: string, over: Partial<DisputeRecord> & { marketplaceId: string; openedAt: Date }): Promise<void> {
  const row = m.create(DisputeRecord, {
    id: randomUUID(),
    orderId: randomUUID(),
    orderCode: `TC-${randomUUID().slice(0, 4)}-RPT`.toUpperCase(),
    sellerId: 'seller-report',
    state: 'RESOLVED',
    reason: 'DAMAGED',
    description: 'Report test.',
    requestedOutcome: 'REFUND_FULL',
    requestedAmount: null,
    orderTotal: 1_000_000n,
    vulnerable: false,
    vulnerableCategory: null,
    vulnerableStatus: 'NONE',
    merchantResponseDueAt: new Date(over.openedAt.getTime() + 48 * HOUR),
    moneyHeld: true,
    merchantOnTime: true,
    updatedAt: over.openedAt,
    ...over,
  });
  await m.insert(DisputeRecord, row);
  ids[key] = row.id;
}

/** A finished dispute `hours` after opening, resolved then too unless `resolvedAt` says otherwise. */
const done = (openedAt: Date, hours: number) => ({ openedAt, finishedAt: new Date(openedAt.getTime() + hours * HOUR), resolvedAt: new Date(openedAt.getTime() + hours * HOUR) });

beforeAll(async () => {
  kit = await DisputesTestKit.start();
  await kit.tx((m) =>
    kit.app.get(PartnerDirectoryWriter).applyPartner(m, {
      partnerId: A,
      kind: 'MARKETPLACE',
      status: 'ACTIVE',
      name: A_NAME,
      revision: 1,
      apiKeys: [],
      webhookSecrets: [],
      marketplaceIds: [],
      settings: TEST_MARKETPLACE_SETTINGS,
      updatedAt: new Date().toISOString(),
    }),
  );

  // Two complaints filed through the real endpoint on the first day, 10:00 local.
  kit.advanceWithoutSweep(h(10).getTime() - kit.now().getTime());
  const seed = () => kit.seedOrderFacts({ marketplaceId: A, fundedAt: new Date(kit.now().getTime() - DAY), inspectionEndsAt: new Date(kit.now().getTime() + 2 * DAY) });
  for (const [key, extra] of [
    ['F1', { reason: 'DAMAGED' }],
    ['F2', { reason: 'WRONG_ITEM', vulnerable: { category: 'SERIOUSLY_ILL' } }],
  ] as const) {
    const order = await seed();
    const res = await kit.call('POST', '/v1/public/disputes', kit.buyerToken(order), { orderCode: order.code, description: 'Filed for the report.', requestedOutcome: 'REFUND_FULL', ...extra });
    if (res.status !== 201) throw new Error(`filing refused: ${res.status} ${JSON.stringify(res.body)}`);
    ids[key] = String(res.body.disputeId);
  }

  await kit.tx(async (m) => {
    await insert(m, 'R1', { marketplaceId: A, ...done(h(1), 10), outcome: 'REFUND_FULL', refundAmount: 1_000_000n, resolvedBy: 'MERCHANT_ACCEPTED' });
    await insert(m, 'R2', {
      marketplaceId: B,
      ...done(h(2), 20),
      reason: 'COUNTERFEIT',
      outcome: 'RELEASE_TO_SELLER',
      refundAmount: 0n,
      resolvedBy: 'MEDIATOR_DECISION',
      mediatorDueAt: h(82),
      vulnerable: true,
      vulnerableCategory: 'ELDERLY',
      vulnerableStatus: 'CONFIRMED',
    });
    await insert(m, 'R3', { marketplaceId: B, ...done(h(3), 48), outcome: 'REFUND_FULL', refundAmount: 1_000_000n, resolvedBy: 'DEFAULT_JUDGMENT', merchantOnTime: false });
    await insert(m, 'R4', {
      marketplaceId: A,
      ...done(h(4), 31),
      resolvedAt: null,
      state: 'WITHDRAWN',
      reason: 'NOT_AS_DESCRIBED',
      merchantOnTime: null,
      vulnerable: false,
      vulnerableCategory: 'DISABLED',
      vulnerableStatus: 'REMOVED',
    });
    await insert(m, 'R5', { marketplaceId: B, ...done(h(5), 100), state: 'CLOSED', reason: 'OTHER', outcome: 'RELEASE_TO_SELLER', refundAmount: 0n, resolvedBy: 'BUYER_DID_NOT_ESCALATE' });
    await insert(m, 'R6', {
      marketplaceId: A,
      ...done(h(6), 150),
      reason: 'MISSING_PARTS',
      requestedOutcome: 'REFUND_PARTIAL',
      requestedAmount: 300_000n,
      outcome: 'REFUND_PARTIAL',
      refundAmount: 200_000n,
      resolvedBy: 'MEDIATOR_DECISION',
      mediatorDueAt: h(126),
      mediatorBreachedAt: h(126),
    });
    await insert(m, 'R7', { marketplaceId: B, openedAt: h(7), state: 'AWAITING_RETURN', outcome: 'RETURN_AND_REFUND', refundAmount: 1_000_000n, resolvedBy: 'MEDIATOR_DECISION', resolvedAt: h(57), mediatorDueAt: h(97) });
    await insert(m, 'R8', { marketplaceId: A, openedAt: new Date(END.getTime() - 1), state: 'ESCALATED', reason: 'NOT_RECEIVED', vulnerable: true, vulnerableCategory: 'PREGNANT_OR_NURSING', vulnerableStatus: 'DECLARED' });
    // Decided after the mediator's deadline, before the sweep flagged it: not within deadline.
    await insert(m, 'R11', { marketplaceId: A, ...done(h(8), 60), resolvedAt: h(48), outcome: 'RETURN_AND_REFUND', refundAmount: 1_000_000n, resolvedBy: 'MEDIATOR_DECISION', mediatorDueAt: h(38) });
    await insert(m, 'R12', { marketplaceId: B, ...done(h(9), 0.5), resolvedAt: null, state: 'WITHDRAWN', reason: 'OTHER', merchantOnTime: null });
    // Just outside the period, on either side (Vietnam time).
    await insert(m, 'before', { marketplaceId: A, ...done(new Date(S.getTime() - 1), 5), outcome: 'REFUND_FULL', refundAmount: 1_000_000n, resolvedBy: 'MERCHANT_ACCEPTED', vulnerable: true, vulnerableCategory: 'ELDERLY', vulnerableStatus: 'DECLARED' });
    await insert(m, 'after', { marketplaceId: B, openedAt: END, state: 'AWAITING_MERCHANT', vulnerable: true, vulnerableCategory: 'CHILD', vulnerableStatus: 'DECLARED' });
  });
});

afterAll(async () => {
  await kit?.close();
});

const path = (query = `from=${from}&to=${to}`): string => `/v1/reports/complaints?${query}`;

/** The CSV answer as bytes and records (read raw: `Response.text()` would drop the BOM). */
async function csvOf(query: string, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string | null; disposition: string | null; bytes: Buffer; records: string[][] }> {
  const res = await fetch(`${kit.baseUrl}${path(query)}`, { headers: { authorization: `Bearer ${kit.operatorToken('viewer')}`, ...headers } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, contentType: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes, records: parseCsv(bytes.toString('utf8')) };
}

const EXPECTED_FIGURES = {
  totals: { disputes: 12, open: 4, finished: 8 },
  byReason: [
    { reason: 'NOT_RECEIVED', count: 1 },
    { reason: 'DAMAGED', count: 5 },
    { reason: 'NOT_AS_DESCRIBED', count: 1 },
    { reason: 'COUNTERFEIT', count: 1 },
    { reason: 'WRONG_ITEM', count: 1 },
    { reason: 'MISSING_PARTS', count: 1 },
    { reason: 'OTHER', count: 2 },
  ],
  byOutcome: [
    { outcome: 'REFUND_FULL', count: 2 },
    { outcome: 'REFUND_PARTIAL', count: 1 },
    { outcome: 'RETURN_AND_REFUND', count: 1 },
    { outcome: 'RELEASE_TO_SELLER', count: 1 },
    { outcome: 'WITHDRAWN', count: 2 },
    { outcome: 'CLOSED', count: 1 },
    { outcome: 'OPEN', count: 4 },
  ],
  // Finished: 0.5, 10, 20, 31, 48, 60, 100, 150 hours: median (31 + 48) / 2 = 39.5 h. Within deadline: R1, R2, R4, R5, R12.
  resolution: { finished: 8, medianHours: 39.5, medianSeconds: 142_200, withinDeadline: 5, withinDeadlineShare: 0.625 },
};

describe('GET /v1/reports/complaints', () => {
  it('counts the complaints opened in the period (Vietnam days, both ends included) by reason, marketplace and outcome, with the median and the share within deadline', async () => {
    const res = await kit.get(path(), kit.operatorToken('viewer'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: { from, to, timeZone: 'Asia/Ho_Chi_Minh', start: S.toISOString(), end: END.toISOString(), days: 3 },
      ...EXPECTED_FIGURES,
      byMarketplace: [
        { marketplaceId: A, marketplaceName: A_NAME, count: 7 },
        { marketplaceId: B, marketplaceName: null, count: 5 },
      ],
    });
  });

  it('lists the vulnerable consumers’ cases with counts by category and status', async () => {
    const res = await kit.get(path(), kit.operatorToken('admin'));
    const vulnerable = res.body.vulnerable as { total: number; byCategory: Array<Record<string, unknown>>; cases: Array<Record<string, unknown>> };
    expect(vulnerable.total).toBe(4);
    expect(vulnerable.byCategory.filter((c) => c.total !== 0)).toEqual([
      { category: 'ELDERLY', declared: 0, confirmed: 1, removed: 0, total: 1 },
      { category: 'DISABLED', declared: 0, confirmed: 0, removed: 1, total: 1 },
      { category: 'PREGNANT_OR_NURSING', declared: 1, confirmed: 0, removed: 0, total: 1 },
      { category: 'SERIOUSLY_ILL', declared: 1, confirmed: 0, removed: 0, total: 1 },
    ]);
    expect(vulnerable.byCategory).toHaveLength(8);
    expect(vulnerable.cases.map((c) => [c.disputeId, c.category, c.status, c.state])).toEqual([
      [ids.R2, 'ELDERLY', 'CONFIRMED', 'RESOLVED'],
      [ids.R4, 'DISABLED', 'REMOVED', 'WITHDRAWN'],
      [ids.F2, 'SERIOUSLY_ILL', 'DECLARED', 'AWAITING_MERCHANT'],
      [ids.R8, 'PREGNANT_OR_NURSING', 'DECLARED', 'ESCALATED'],
    ]);
    expect(vulnerable.cases[0]).toEqual({
      disputeId: ids.R2,
      marketplaceId: B,
      reason: 'COUNTERFEIT',
      category: 'ELDERLY',
      status: 'CONFIRMED',
      state: 'RESOLVED',
      openedAt: h(2).toISOString(),
      openedAtLocal: `${from}T02:00:00+07:00`,
      finishedAt: h(22).toISOString(),
      finishedAtLocal: `${from}T22:00:00+07:00`,
    });
  });

  it('takes the rows just inside each bound and leaves those just outside: one day only holds the first day’s complaints', async () => {
    const first = await kit.get(path(`from=${from}&to=${from}`), kit.operatorToken('viewer'));
    expect(first.body.totals).toEqual({ disputes: 11, open: 3, finished: 8 });
    const last = await kit.get(path(`from=${to}&to=${to}`), kit.operatorToken('viewer'));
    expect(last.body.totals).toEqual({ disputes: 1, open: 1, finished: 0 });
    expect(last.body.resolution).toEqual({ finished: 0, medianHours: null, medianSeconds: null, withinDeadline: 0, withinDeadlineShare: null });
  });

  it('answers CSV for format=csv and for Accept: text/csv: UTF-8 with a BOM, a header row, and the same figures as the JSON', async () => {
    const json = (await kit.get(path(), kit.operatorToken('viewer'))).body;
    const byFormat = await csvOf(`from=${from}&to=${to}&format=csv`);
    const byAccept = await csvOf(`from=${from}&to=${to}`, { accept: 'text/csv' });
    for (const csv of [byFormat, byAccept]) {
      expect(csv.status).toBe(200);
      expect(csv.contentType).toBe('text/csv; charset=utf-8');
      expect(csv.disposition).toBe(`attachment; filename="trustcircle-complaints-${from}-${to}.csv"`);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.records[0]).toEqual(['section', 'key', 'metric', 'value']);
      expect(csv.records.every((r) => r.length === 4)).toBe(true);
    }
    const withoutTime = (records: string[][]) => records.filter((r) => r[2] !== 'generatedAt');
    expect(withoutTime(byAccept.records)).toEqual(withoutTime(byFormat.records));

    const rows = byFormat.records.slice(1);
    const value = (section: string, key: string, metric: string): string | undefined => rows.find((r) => r[0] === section && r[1] === key && r[2] === metric)?.[3];
    const num = (section: string, key: string, metric: string): number | null => {
      const v = value(section, key, metric);
      return v === undefined || v === '' ? null : Number(v);
    };
    const totals = json.totals as Record<string, number>;
    expect(Object.keys(totals).map((k) => num('totals', '', k))).toEqual(Object.values(totals));
    expect((json.byReason as Array<{ reason: string; count: number }>).map((x) => num('by_reason', x.reason, 'count'))).toEqual(EXPECTED_FIGURES.byReason.map((x) => x.count));
    expect((json.byOutcome as Array<{ outcome: string; count: number }>).map((x) => num('by_outcome', x.outcome, 'count'))).toEqual(EXPECTED_FIGURES.byOutcome.map((x) => x.count));
    expect([num('by_marketplace', A, 'count'), value('by_marketplace', A, 'name'), num('by_marketplace', B, 'count'), value('by_marketplace', B, 'name')]).toEqual([7, A_NAME, 5, '']);
    expect(Object.keys(EXPECTED_FIGURES.resolution).map((k) => num('resolution', '', k))).toEqual(Object.values(EXPECTED_FIGURES.resolution));
    expect(num('vulnerable', '', 'total')).toBe(4);
    expect([num('vulnerable_by_category', 'ELDERLY', 'CONFIRMED'), num('vulnerable_by_category', 'DISABLED', 'REMOVED'), num('vulnerable_by_category', 'CHILD', 'total')]).toEqual([1, 1, 0]);
    expect([...new Set(rows.filter((r) => r[0] === 'vulnerable_case').map((r) => r[1]))]).toEqual([ids.R2, ids.R4, ids.F2, ids.R8]);
    expect(value('vulnerable_case', ids.R8, 'finishedAt')).toBe('');
    expect(value('period', '', 'from')).toBe(from);
  });

  it.each([
    ['no from', 'from', `to=${to}`],
    ['no to', 'to', `from=${from}`],
    ['a day that does not exist', 'from', 'from=2031-02-30&to=2031-03-01'],
    ['a date not written YYYY-MM-DD', 'to', 'from=2031-03-01&to=01/03/2031'],
    ['to before from', 'to', 'from=2031-03-02&to=2031-03-01'],
    ['more than 366 days', 'to', 'from=2031-01-01&to=2032-01-02'],
    ['an unknown format', 'format', `from=${from}&to=${to}&format=xml`],
  ])('answers 400 for %s, naming %s', async (_name, field, query) => {
    const res = await kit.get(path(query), kit.operatorToken('viewer'));
    expect(res.status).toBe(400);
    expect(res.body.type).toEqual(expect.stringContaining('validation-error'));
    expect([...new Set((res.body.errors as Array<{ field: string }>).map((e) => e.field))]).toEqual([field]);
  });

  it('takes 366 days, and is for operators only: a marketplace key 403, nothing 401', async () => {
    expect((await kit.get(path('from=2032-01-01&to=2032-12-31'), kit.operatorToken('viewer'))).status).toBe(200);
    const marketplace = await kit.registerPartner('MARKETPLACE');
    expect((await kit.get(path(), marketplace.apiKey)).status).toBe(403);
    expect((await kit.get(path())).status).toBe(401);
  });
});
