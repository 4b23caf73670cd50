/**
 * The read side of disputes against the real PostgreSQL, Redis and Kafka (an in-process disputes app): the buyer's,
 * the marketplace's and the operators' view of one dispute (every deadline, the trail, evidence with the courier
 * timeline, offers, outcome and the advice after a mediator's decision), the keyset list, and the mediators'
 * queue, with their access rules and validation. Disputes are filed through the real endpoint; the states the
 * write side produces later are inserted as rows (`kit.tx`), so the exact values shown are known.
 */
import { randomUUID } from 'node:crypto';
import { toVnLocalIso } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { DisputesTestKit, type SeededOrder, type TestPartner } from '../testing/disputes-test-kit';
import { CourierCheckpointRecord } from '../evidence/infrastructure/courier-checkpoint.orm-entity';
import { SAMPLE_FILES } from '../evidence/domain/evidence-fixtures';
import { AFTER_MEDIATOR_DECISION } from './domain/after-decision';
import { DisputeRecord } from './infrastructure/dispute.orm-entity';
import { DisputeEvidenceRecord, DisputeMessageRecord, DisputeOfferRecord } from './infrastructure/dispute-trail.orm-entities';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let kit: DisputesTestKit;
let marketplace: TestPartner;
let otherMarketplace: TestPartner;

beforeAll(async () => {
  kit = await DisputesTestKit.start();
  [marketplace, otherMarketplace] = [await kit.registerPartner('MARKETPLACE'), await kit.registerPartner('MARKETPLACE')];
});

afterAll(async () => {
  await kit?.close();
});

const at = (base: Date, ms: number): Date => new Date(base.getTime() + ms);
const pair = (name: string, d: Date | null): Record<string, string | null> => ({ [name]: d ? d.toISOString() : null, [`${name}Local`]: d ? toVnLocalIso(d) : null });

/** A dispute row as the write side leaves it (a fresh order; `over` sets the rest). */
async function insertDispute(m: EntityManager, over: Partial<DisputeRecord> & { marketplaceId: string; openedAt: Date }): Promise<DisputeRecord> {
  const row = m.create(DisputeRecord, {
    id: randomUUID(),
    orderId: randomUUID(),
    orderCode: `TC-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase(),
    sellerId: 'seller-read-side',
    state: 'ESCALATED',
    reason: 'DAMAGED',
    description: 'The screen arrived cracked.',
    requestedOutcome: 'REFUND_FULL',
    requestedAmount: null,
    orderTotal: 1_250_000n,
    vulnerable: false,
    vulnerableCategory: null,
    vulnerableStatus: 'NONE',
    merchantResponseDueAt: at(over.openedAt, 48 * HOUR),
    moneyHeld: true,
    updatedAt: over.openedAt,
    ...over,
  });
  await m.insert(DisputeRecord, row);
  return row;
}

async function trail(m: EntityManager, disputeId: string, role: DisputeMessageRecord['authorRole'], kind: DisputeMessageRecord['kind'], createdAt: Date, extra: Partial<DisputeMessageRecord> = {}): Promise<string> {
  const id = randomUUID();
  await m.insert(DisputeMessageRecord, { id, disputeId, authorRole: role, authorId: null, kind, body: null, amount: null, createdAt, ...extra });
  return id;
}

describe('one dispute: GET /v1/public/disputes/:id (buyer) and GET /v1/disputes/:id (marketplace, operators)', () => {
  const mediatorId = randomUUID();
  let order: SeededOrder;
  let d: DisputeRecord;
  let ids: { filed: string; offerMsg: string; decided: string; file: string; link: string; offer: string; sha256: string };
  let T0: Date;

  /** A dispute a mediator decided: offered, declined, escalated, decided REFUND_PARTIAL 400,000, with a file, a link and a courier timeline. */
  beforeAll(async () => {
    T0 = at(kit.now(), -30 * DAY);
    order = { orderId: randomUUID(), code: `TC-${randomUUID().slice(0, 4)}-RS`.toUpperCase(), marketplaceId: marketplace.id, sellerId: 'seller-read-side', totalAmount: 1_250_000 };
    await kit.tx(async (m) => {
      d = await insertDispute(m, {
        orderId: order.orderId,
        orderCode: order.code,
        marketplaceId: marketplace.id,
        openedAt: T0,
        state: 'RESOLVED',
        requestedOutcome: 'REFUND_PARTIAL',
        requestedAmount: 600_000n,
        vulnerable: true,
        vulnerableCategory: 'ELDERLY',
        vulnerableStatus: 'CONFIRMED',
        merchantRespondedAt: at(T0, 5 * HOUR),
        merchantAction: 'OFFER_PARTIAL',
        merchantOnTime: true,
        escalatedAt: at(T0, 10 * HOUR),
        escalatedBy: 'BUYER',
        mediatorDueAt: at(T0, 46 * HOUR),
        outcome: 'REFUND_PARTIAL',
        refundAmount: 400_000n,
        resolvedBy: 'MEDIATOR_DECISION',
        decidedBy: mediatorId,
        decisionReason: 'The photos show a cracked screen; the phone still works.',
        resolvedAt: at(T0, 20 * HOUR),
        finishedAt: at(T0, 20 * HOUR),
      });
      const filed = await trail(m, d.id, 'BUYER', 'FILED', T0, { body: d.description, amount: 600_000n });
      await trail(m, d.id, 'SYSTEM', 'HOLD_ACCEPTED', at(T0, 1000));
      const offerMsg = await trail(m, d.id, 'MERCHANT', 'OFFER_MADE', at(T0, 5 * HOUR), { authorId: marketplace.id, body: 'We offer 300,000 ₫.', amount: 300_000n });
      await trail(m, d.id, 'BUYER', 'OFFER_DECLINED', at(T0, 10 * HOUR), { body: 'Not enough.' });
      await trail(m, d.id, 'BUYER', 'ESCALATED', at(T0, 10 * HOUR + 1000));
      const decided = await trail(m, d.id, 'MEDIATOR', 'DECIDED', at(T0, 20 * HOUR), { authorId: mediatorId, body: d.decisionReason, amount: 400_000n });
      const stored = await kit.evidenceStore.put(SAMPLE_FILES.png, { contentType: 'image/png' }, m);
      const [file, link, offer] = [randomUUID(), randomUUID(), randomUUID()];
      await m.insert(DisputeEvidenceRecord, { id: file, disputeId: d.id, messageId: filed, submittedByRole: 'BUYER', kind: 'FILE', fileId: stored.id, url: null, description: 'Photo of the screen', createdAt: T0 });
      await m.insert(DisputeEvidenceRecord, {
        id: link,
        disputeId: d.id,
        messageId: offerMsg,
        submittedByRole: 'MERCHANT',
        kind: 'LINK',
        fileId: null,
        url: 'https://shop.example/listing/123',
        description: null,
        createdAt: at(T0, 5 * HOUR),
      });
      await m.insert(DisputeOfferRecord, { id: offer, disputeId: d.id, amount: 300_000n, state: 'DECLINED', madeAt: at(T0, 5 * HOUR), buyerDueAt: at(T0, 53 * HOUR), answeredAt: at(T0, 10 * HOUR) });
      const checkpoint = (status: string, occurredAt: Date, location: string | null) =>
        m.insert(CourierCheckpointRecord, {
          eventId: randomUUID(),
          orderId: order.orderId,
          shipmentId: '7d0f1f7e-0000-4000-8000-000000000001',
          direction: 'OUTBOUND',
          trackingNumber: 'GHN123456',
          courierId: randomUUID(),
          status: status as CourierCheckpointRecord['status'],
          rawStatus: null,
          occurredAt,
          location,
          description: null,
          recordedAt: occurredAt,
        });
      await checkpoint('PICKED_UP', at(T0, -3 * DAY), 'Kho Hà Nội');
      await checkpoint('DELIVERED', at(T0, -DAY), 'Quận 1, TP. Hồ Chí Minh');
      ids = { filed, offerMsg, decided, file, link, offer, sha256: stored.sha256 };
    });
  });

  /** The view as the buyer must see it; `side` changes who wrote what, who decided and where files are served. */
  const expectedView = (side: 'buyer' | 'marketplace' | 'operator'): Record<string, unknown> => {
    const op = side === 'operator';
    const base = side === 'buyer' ? '/v1/public/disputes' : '/v1/disputes';
    const msg = (messageId: string, kind: string, authorRole: string, when: Date, authorId: string | null, body: string | null, amount: number | null) => ({
      messageId,
      kind,
      authorRole,
      authorId: op ? authorId : null,
      body,
      amount,
      ...pair('at', when),
    });
    return {
      disputeId: d.id,
      orderId: order.orderId,
      orderCode: order.code,
      marketplaceId: marketplace.id,
      sellerId: 'seller-read-side',
      state: 'RESOLVED',
      statusText: { vi: 'Đã giải quyết', en: 'Resolved' },
      reason: 'DAMAGED',
      description: 'The screen arrived cracked.',
      requestedOutcome: 'REFUND_PARTIAL',
      requestedAmount: 600_000,
      orderTotal: 1_250_000,
      vulnerable: { category: 'ELDERLY', status: 'CONFIRMED' },
      moneyHeld: true,
      holdRefusalReason: null,
      currentDeadline: null,
      ...pair('merchantResponseDueAt', at(T0, 48 * HOUR)),
      ...pair('merchantRespondedAt', at(T0, 5 * HOUR)),
      merchantAction: 'OFFER_PARTIAL',
      merchantOnTime: true,
      ...pair('escalatedAt', at(T0, 10 * HOUR)),
      escalatedBy: 'BUYER',
      ...pair('mediatorDueAt', at(T0, 46 * HOUR)),
      ...pair('mediatorBreachedAt', null),
      ...pair('openedAt', T0),
      ...pair('finishedAt', at(T0, 20 * HOUR)),
      offers: [
        { offerId: ids.offer, amount: 300_000, state: 'DECLINED', ...pair('madeAt', at(T0, 5 * HOUR)), ...pair('buyerDueAt', at(T0, 53 * HOUR)), ...pair('answeredAt', at(T0, 10 * HOUR)) },
      ],
      messages: [
        msg(ids.filed, 'FILED', 'BUYER', T0, null, 'The screen arrived cracked.', 600_000),
        msg(expect.any(String) as unknown as string, 'HOLD_ACCEPTED', 'SYSTEM', at(T0, 1000), null, null, null),
        msg(ids.offerMsg, 'OFFER_MADE', 'MERCHANT', at(T0, 5 * HOUR), marketplace.id, 'We offer 300,000 ₫.', 300_000),
        msg(expect.any(String) as unknown as string, 'OFFER_DECLINED', 'BUYER', at(T0, 10 * HOUR), null, 'Not enough.', null),
        msg(expect.any(String) as unknown as string, 'ESCALATED', 'BUYER', at(T0, 10 * HOUR + 1000), null, null, null),
        msg(ids.decided, 'DECIDED', 'MEDIATOR', at(T0, 20 * HOUR), mediatorId, 'The photos show a cracked screen; the phone still works.', 400_000),
      ],
      evidence: [
        {
          evidenceId: ids.file,
          kind: 'FILE',
          submittedByRole: 'BUYER',
          messageId: ids.filed,
          description: 'Photo of the screen',
          ...pair('at', T0),
          contentType: 'image/png',
          size: SAMPLE_FILES.png.length,
          sha256: ids.sha256,
          contentUrl: `${base}/${d.id}/evidence/${ids.file}/content`,
          url: null,
          checkpoints: null,
        },
        {
          evidenceId: ids.link,
          kind: 'LINK',
          submittedByRole: 'MERCHANT',
          messageId: ids.offerMsg,
          description: null,
          ...pair('at', at(T0, 5 * HOUR)),
          contentType: null,
          size: null,
          sha256: null,
          contentUrl: null,
          url: 'https://shop.example/listing/123',
          checkpoints: null,
        },
        {
          evidenceId: null,
          kind: 'COURIER_TIMELINE',
          submittedByRole: 'SYSTEM',
          messageId: null,
          description: null,
          ...pair('at', at(T0, -DAY)),
          contentType: null,
          size: null,
          sha256: null,
          contentUrl: null,
          url: null,
          checkpoints: [
            { direction: 'OUTBOUND', trackingNumber: 'GHN123456', status: 'PICKED_UP', ...pair('occurredAt', at(T0, -3 * DAY)), location: 'Kho Hà Nội', description: null },
            { direction: 'OUTBOUND', trackingNumber: 'GHN123456', status: 'DELIVERED', ...pair('occurredAt', at(T0, -DAY)), location: 'Quận 1, TP. Hồ Chí Minh', description: null },
          ],
        },
      ],
      outcome: {
        outcome: 'REFUND_PARTIAL',
        refundAmount: 400_000,
        resolvedBy: 'MEDIATOR_DECISION',
        decisionReason: 'The photos show a cracked screen; the phone still works.',
        decidedBy: op ? mediatorId : null,
        ...pair('resolvedAt', at(T0, 20 * HOUR)),
      },
      afterDecision: JSON.parse(JSON.stringify(AFTER_MEDIATOR_DECISION)) as unknown,
    };
  };

  it('shows the buyer every deadline (UTC and Vietnam time), the trail in order, evidence with buyer links, the courier timeline, offers, outcome and where to go next', async () => {
    const res = await kit.get(`/v1/public/disputes/${d.id}`, kit.buyerToken(order));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expectedView('buyer'));
    expect(JSON.stringify(res.body)).not.toContain(mediatorId);
    expect(String((res.body.afterDecision as { vi: string }).vi)).toContain('Luật Bảo vệ quyền lợi người tiêu dùng');
    expect((res.body.afterDecision as { options: Array<{ code: string }> }).options.map((o) => o.code)).toEqual(['CONSUMER_PROTECTION_AUTHORITY', 'COURT', 'COMMERCIAL_ARBITRATION']);
  });

  it('shows the same dispute to its marketplace (no personal ids) and to any operator (who wrote and who decided)', async () => {
    const mine = await kit.get(`/v1/disputes/${d.id}`, marketplace.apiKey);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual(expectedView('marketplace'));
    expect(JSON.stringify(mine.body)).not.toContain(mediatorId);
    for (const role of ['viewer', 'mediator', 'admin'] as const) {
      const res = await kit.get(`/v1/disputes/${d.id}`, kit.operatorToken(role));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expectedView('operator'));
    }
  });

  it('answers 404 to another buyer and another marketplace, 401 without credentials, 400 for an id that is not a uuid', async () => {
    const stranger = { orderId: randomUUID(), code: 'TC-0000-0000' };
    for (const res of [await kit.get(`/v1/public/disputes/${d.id}`, kit.buyerToken(stranger)), await kit.get(`/v1/disputes/${d.id}`, otherMarketplace.apiKey)]) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ type: expect.stringContaining('dispute-not-found') });
    }
    expect((await kit.get(`/v1/disputes/${randomUUID()}`, kit.operatorToken('viewer'))).status).toBe(404);
    expect((await kit.get(`/v1/public/disputes/${d.id}`)).status).toBe(401);
    expect((await kit.get(`/v1/disputes/${d.id}`)).status).toBe(401);
    expect((await kit.get(`/v1/disputes/${d.id}`, kit.buyerToken(order))).status).toBe(401);
    expect((await kit.get('/v1/public/disputes/not-a-uuid', kit.buyerToken(order))).status).toBe(400);
  });

  it('shows a complaint just filed through the real endpoint: its running deadline, the requested amount, no answer from escrow yet, the trail as stored', async () => {
    const filedOrder = await kit.seedOrderFacts({ marketplaceId: marketplace.id, fundedAt: at(kit.now(), -3 * DAY), inspectionEndsAt: at(kit.now(), 2 * DAY) });
    const filed = await kit.call('POST', '/v1/public/disputes', kit.buyerToken(filedOrder), {
      orderCode: filedOrder.code,
      reason: 'NOT_AS_DESCRIBED',
      description: 'Màu áo khác với ảnh.',
      requestedOutcome: 'REFUND_PARTIAL',
      requestedAmount: 300_000,
      vulnerable: { category: 'PREGNANT_OR_NURSING' },
    });
    expect(filed.status).toBe(201);
    const id = String(filed.body.disputeId);
    const due = new Date(String(filed.body.merchantResponseDueAt));
    const row = await kit.db.manager.findOneByOrFail(DisputeRecord, { id });
    const messages = await kit.db.manager.find(DisputeMessageRecord, { where: { disputeId: id }, order: { seq: 'ASC' } });

    const res = await kit.get(`/v1/public/disputes/${id}`, kit.buyerToken(filedOrder));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      disputeId: id,
      orderId: filedOrder.orderId,
      marketplaceId: marketplace.id,
      state: 'AWAITING_MERCHANT',
      statusText: { vi: 'Đang chờ người bán phản hồi', en: 'Waiting for the seller’s answer' },
      reason: 'NOT_AS_DESCRIBED',
      description: 'Màu áo khác với ảnh.',
      requestedOutcome: 'REFUND_PARTIAL',
      requestedAmount: 300_000,
      orderTotal: 1_250_000,
      vulnerable: { category: 'PREGNANT_OR_NURSING', status: 'DECLARED' },
      moneyHeld: null,
      currentDeadline: { deadline: 'MERCHANT_RESPONSE', actor: 'MERCHANT', dueAt: due.toISOString(), dueAtLocal: toVnLocalIso(due) },
      ...pair('merchantResponseDueAt', due),
      ...pair('openedAt', row.openedAt),
      ...pair('finishedAt', null),
      ...pair('mediatorDueAt', null),
      offers: [],
      evidence: [],
      outcome: null,
      afterDecision: null,
    });
    expect(due.getTime() - row.openedAt.getTime()).toBe(24 * HOUR); // a vulnerable consumer's merchant deadline is halved
    expect(res.body.messages).toEqual(
      messages.map((m) => ({ messageId: m.id, kind: m.kind, authorRole: m.authorRole, authorId: null, body: m.body, amount: m.amount === null ? null : Number(m.amount), ...pair('at', m.createdAt) })),
    );
    expect((res.body.messages as Array<{ kind: string }>).map((m) => m.kind)).toContain('FILED');
    expect((await kit.get(`/v1/disputes/${id}`, marketplace.apiKey)).body).toEqual({ ...res.body });
  });
});

describe('GET /v1/disputes (keyset list)', () => {
  let lister: TestPartner;
  /** The lister's disputes, newest first by (openedAt desc, id desc). */
  let expected: DisputeRecord[];

  beforeAll(async () => {
    lister = await kit.registerPartner('MARKETPLACE');
    const base = at(kit.now(), -10 * DAY);
    const tie = at(base, 3 * HOUR);
    const plan: Array<[Date, DisputeRecord['state']]> = [
      [at(base, HOUR), 'AWAITING_MERCHANT'],
      [at(base, 2 * HOUR), 'ESCALATED'],
      [tie, 'RESOLVED'],
      [tie, 'ESCALATED'],
      [tie, 'WITHDRAWN'],
      [at(base, 4 * HOUR), 'OFFER_PENDING'],
      [at(base, 5 * HOUR), 'ESCALATED'],
    ];
    expected = await kit.tx(async (m) => {
      const rows: DisputeRecord[] = [];
      for (const [openedAt, state] of plan) rows.push(await insertDispute(m, { marketplaceId: lister.id, openedAt, state }));
      await insertDispute(m, { marketplaceId: otherMarketplace.id, openedAt: at(base, 6 * HOUR) });
      return rows;
    });
    expected.sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime() || (a.id < b.id ? 1 : -1));
  });

  /** Every page of `path` (limit 2) with `bearer`: the ids in order and how many pages. */
  const allPages = async (path: string, bearer: string): Promise<{ ids: string[]; pages: number }> => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await kit.get(`${path}${sep}limit=2${cursor ? `&cursor=${cursor}` : ''}`, bearer);
      expect(res.status).toBe(200);
      ids.push(...(res.body.items as Array<{ disputeId: string }>).map((i) => i.disputeId));
      cursor = res.body.nextCursor as string | null;
      pages++;
    } while (cursor && pages < 20);
    return { ids, pages };
  };

  it('pages a marketplace’s own disputes newest first, 2 at a time, without duplicates or gaps (ties broken by id)', async () => {
    const { ids, pages } = await allPages('/v1/disputes', lister.apiKey);
    expect(ids).toEqual(expected.map((d) => d.id));
    expect(pages).toBe(4);
    const first = await kit.get('/v1/disputes?limit=1', lister.apiKey);
    expect(first.body.items).toEqual([
      {
        disputeId: expected[0].id,
        orderId: expected[0].orderId,
        orderCode: expected[0].orderCode,
        marketplaceId: lister.id,
        sellerId: 'seller-read-side',
        state: 'ESCALATED',
        reason: 'DAMAGED',
        requestedOutcome: 'REFUND_FULL',
        requestedAmount: null,
        orderTotal: 1_250_000,
        vulnerableCategory: null,
        vulnerableStatus: null,
        moneyHeld: true,
        currentDeadline: null,
        currentDueAt: null,
        currentDueAtLocal: null,
        outcome: null,
        refundAmount: null,
        ...pair('openedAt', expected[0].openedAt),
        ...pair('finishedAt', null),
      },
    ]);
  });

  it('filters by status, and lets operators list any marketplace; a marketplace naming another gets an empty page', async () => {
    const escalated = expected.filter((d) => d.state === 'ESCALATED').map((d) => d.id);
    expect((await allPages('/v1/disputes?status=ESCALATED', lister.apiKey)).ids).toEqual(escalated);
    expect((await allPages(`/v1/disputes?marketplaceId=${lister.id}`, kit.operatorToken('viewer'))).ids).toEqual(expected.map((d) => d.id));
    expect((await allPages(`/v1/disputes?marketplaceId=${lister.id}&status=ESCALATED`, kit.operatorToken('admin'))).ids).toEqual(escalated);
    expect((await kit.get(`/v1/disputes?marketplaceId=${lister.id}`, otherMarketplace.apiKey)).body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['an unknown status', 'status', 'status=OPEN'],
    ['a cursor this API did not issue', 'cursor', 'cursor=bm90LWEtY3Vyc29y'],
    ['a limit of 0', 'limit', 'limit=0'],
    ['a limit of 101', 'limit', 'limit=101'],
    ['a marketplaceId that is not a uuid', 'marketplaceId', 'marketplaceId=shop-1'],
  ])('answers 400 for %s, naming %s', async (_name, field, query) => {
    const res = await kit.get(`/v1/disputes?${query}`, lister.apiKey);
    expect(res.status).toBe(400);
    expect(res.body.type).toEqual(expect.stringContaining('validation-error'));
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toEqual([field]);
  });

  it('answers 401 without credentials', async () => {
    expect((await kit.get('/v1/disputes')).status).toBe(401);
  });
});

describe('GET /v1/disputes/queue (mediators)', () => {
  let shop: TestPartner;
  let rows: Record<'normalSoon' | 'vulnerableLater' | 'overdue' | 'vulnerableSoon' | 'removed', DisputeRecord>;

  beforeAll(async () => {
    shop = await kit.registerPartner('MARKETPLACE');
    const now = kit.now();
    const escalated = (over: Partial<DisputeRecord>, dueIn: number) => ({
      marketplaceId: shop.id,
      openedAt: at(now, -4 * DAY),
      state: 'ESCALATED' as const,
      escalatedAt: at(now, -DAY),
      escalatedBy: 'BUYER' as const,
      currentDeadline: 'MEDIATOR_DECISION' as const,
      mediatorDueAt: at(now, dueIn),
      currentDueAt: at(now, dueIn),
      ...over,
    });
    rows = await kit.tx(async (m) => ({
      normalSoon: await insertDispute(m, escalated({ reason: 'WRONG_ITEM' }, 10 * HOUR)),
      vulnerableLater: await insertDispute(m, escalated({ vulnerable: true, vulnerableCategory: 'ELDERLY', vulnerableStatus: 'DECLARED', requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 200_000n }, 30 * HOUR)),
      overdue: await insertDispute(m, escalated({ mediatorBreachedAt: at(now, -2 * HOUR), moneyHeld: false }, -2 * HOUR)),
      vulnerableSoon: await insertDispute(m, escalated({ vulnerable: true, vulnerableCategory: 'DISABLED', vulnerableStatus: 'CONFIRMED' }, 5 * HOUR)),
      removed: await insertDispute(m, escalated({ vulnerable: false, vulnerableCategory: 'PREGNANT_OR_NURSING', vulnerableStatus: 'REMOVED' }, HOUR)),
    }));
    await kit.tx((m) => insertDispute(m, { marketplaceId: shop.id, openedAt: at(now, -DAY), state: 'AWAITING_MERCHANT' }));
  });

  it('puts vulnerable consumers first (declared or confirmed, not removed), then the soonest mediator deadline, with overdue flags and time left', async () => {
    const res = await kit.get(`/v1/disputes/queue?marketplaceId=${shop.id}`, kit.operatorToken('mediator'));
    expect(res.status).toBe(200);
    const asOf = new Date(String(res.body.asOf));
    expect(res.body.asOfLocal).toBe(toVnLocalIso(asOf));
    expect(res.body.total).toBe(5);
    const items = res.body.items as Array<Record<string, unknown>>;
    expect(items.map((i) => i.disputeId)).toEqual([rows.vulnerableSoon.id, rows.vulnerableLater.id, rows.overdue.id, rows.removed.id, rows.normalSoon.id]);
    expect(items.map((i) => [i.priority, i.overdue, i.timeLeftSeconds])).toEqual(
      [rows.vulnerableSoon, rows.vulnerableLater, rows.overdue, rows.removed, rows.normalSoon].map((r) => {
        const left = (r.mediatorDueAt as Date).getTime() - asOf.getTime();
        return [r === rows.vulnerableSoon || r === rows.vulnerableLater ? 'VULNERABLE' : 'NORMAL', left <= 0, Math.floor(left / 1000)];
      }),
    );
    expect(items[2]).toMatchObject({ overdue: true, mediatorBreachedAt: (rows.overdue.mediatorBreachedAt as Date).toISOString(), moneyHeld: false });
    expect(Number(items[2].timeLeftSeconds)).toBeLessThanOrEqual(-2 * 3600);
    expect(items[1]).toEqual({
      disputeId: rows.vulnerableLater.id,
      orderId: rows.vulnerableLater.orderId,
      orderCode: rows.vulnerableLater.orderCode,
      marketplaceId: shop.id,
      priority: 'VULNERABLE',
      vulnerableCategory: 'ELDERLY',
      vulnerableStatus: 'DECLARED',
      reason: 'DAMAGED',
      requestedOutcome: 'REFUND_PARTIAL',
      requestedAmount: 200_000,
      orderTotal: 1_250_000,
      moneyHeld: true,
      ...pair('escalatedAt', rows.vulnerableLater.escalatedAt),
      escalatedBy: 'BUYER',
      ...pair('mediatorDueAt', rows.vulnerableLater.mediatorDueAt),
      overdue: false,
      timeLeftSeconds: Math.floor(((rows.vulnerableLater.mediatorDueAt as Date).getTime() - asOf.getTime()) / 1000),
      mediatorBreachedAt: null,
      ...pair('openedAt', rows.vulnerableLater.openedAt),
    });
    expect(items[3]).toMatchObject({ priority: 'NORMAL', vulnerableCategory: 'PREGNANT_OR_NURSING', vulnerableStatus: 'REMOVED' });
  });

  it('gives the head of the queue with limit, and is not taken for a dispute id', async () => {
    const res = await kit.get(`/v1/disputes/queue?marketplaceId=${shop.id}&limit=2`, kit.operatorToken('admin'));
    expect(res.status).toBe(200);
    expect((res.body.items as Array<{ disputeId: string }>).map((i) => i.disputeId)).toEqual([rows.vulnerableSoon.id, rows.vulnerableLater.id]);
    expect(res.body.total).toBe(5);
  });

  it('is for mediators and admins: a viewer and a marketplace get 403, no credentials 401, a bad limit 400', async () => {
    expect((await kit.get('/v1/disputes/queue', kit.operatorToken('viewer'))).status).toBe(403);
    expect((await kit.get('/v1/disputes/queue', shop.apiKey)).status).toBe(403);
    expect((await kit.get('/v1/disputes/queue')).status).toBe(401);
    const bad = await kit.get('/v1/disputes/queue?limit=500', kit.operatorToken('mediator'));
    expect(bad.status).toBe(400);
    expect((bad.body.errors as Array<{ field: string }>).map((e) => e.field)).toEqual(['limit']);
  });
});
