import { changeKey } from './change-key';
import { disputeDeadlineItem } from './dispute-deadlines';
import { heldByAge } from './held-by-age';
import { minuteSeries } from './minute-series';
import type { OverviewSnapshot } from './overview-snapshot';
import { rate } from './rates';
import { recentOrder } from './recent-orders';
import { sseComment, sseEvent } from './sse-frames';

describe('the overview’s aggregations', () => {
  describe('orders per minute by status', () => {
    const now = new Date('2026-11-29T14:30:40.000Z');

    it('gives every minute of the window, oldest first, in Vietnamese time, with the counts of the minutes that had orders', () => {
      const { perMinute, totals } = minuteSeries(
        [
          { minute: new Date('2026-11-29T14:30:00.000Z'), status: 'PLACED', orders: 3 },
          { minute: new Date('2026-11-29T14:30:00.000Z'), status: 'FUNDED', orders: 1 },
          { minute: new Date('2026-11-29T14:28:00.000Z'), status: 'PLACED', orders: 2 },
          { minute: new Date('2026-11-29T14:27:00.000Z'), status: 'PLACED', orders: 9 }, // before the window
          { minute: new Date('2026-11-29T14:31:00.000Z'), status: 'PLACED', orders: 9 }, // after it
        ],
        now,
        3,
      );
      expect(perMinute).toEqual([
        { minute: '2026-11-29T21:28:00+07:00', counts: { PLACED: 2 } },
        { minute: '2026-11-29T21:29:00+07:00', counts: {} },
        { minute: '2026-11-29T21:30:00+07:00', counts: { PLACED: 3, FUNDED: 1 } },
      ]);
      expect(totals).toEqual({ PLACED: 5, FUNDED: 1 });
    });

    it('is all empty minutes when nothing happened', () => {
      const { perMinute, totals } = minuteSeries([], now, 60);
      expect(perMinute).toHaveLength(60);
      expect(perMinute[59].minute).toBe('2026-11-29T21:30:00+07:00');
      expect(perMinute.every((m) => Object.keys(m.counts).length === 0)).toBe(true);
      expect(totals).toEqual({});
    });
  });

  describe('held money by age', () => {
    it('puts each whole-day age in its bucket, every bucket present, and totals exactly in VND', () => {
      const held = heldByAge([
        { ageDays: 0, amount: 1_235_000n, escrows: 2 },
        { ageDays: 1, amount: 500_000n, escrows: 1 },
        { ageDays: 2, amount: 250_000n, escrows: 1 },
        { ageDays: 3, amount: 100n, escrows: 1 },
        { ageDays: 13, amount: 7n, escrows: 1 },
        { ageDays: 14, amount: 4_503_599_627_370_495n, escrows: 1 },
        { ageDays: -1, amount: 1n, escrows: 1 },
      ]);
      expect(held).toEqual({
        amount: 4_503_599_629_355_603,
        escrows: 8,
        byAge: [
          { bucket: 'UNDER_1_DAY', fromDays: 0, toDays: 1, amount: 1_235_001, escrows: 3 },
          { bucket: '1_TO_3_DAYS', fromDays: 1, toDays: 3, amount: 750_000, escrows: 2 },
          { bucket: '3_TO_7_DAYS', fromDays: 3, toDays: 7, amount: 100, escrows: 1 },
          { bucket: '7_TO_14_DAYS', fromDays: 7, toDays: 14, amount: 7, escrows: 1 },
          { bucket: '14_DAYS_OR_MORE', fromDays: 14, toDays: null, amount: 4_503_599_627_370_495, escrows: 1 },
        ],
      });
      expect(heldByAge([]).byAge.map((b) => [b.amount, b.escrows])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]);
    });
  });

  it('marks a dispute overdue from the instant of its deadline', () => {
    const row = { disputeId: 'd', orderId: 'o', orderCode: 'TC-AAAA-BBBB', stage: 'ESCALATED', deadlineKind: 'MEDIATOR_DECISION', dueAt: new Date('2026-11-29T10:00:00.000Z'), priority: true };
    expect(disputeDeadlineItem(row, new Date('2026-11-29T09:59:59.999Z'))).toEqual({
      disputeId: 'd',
      orderId: 'o',
      orderCode: 'TC-AAAA-BBBB',
      stage: 'ESCALATED',
      deadline: 'MEDIATOR_DECISION',
      dueAt: '2026-11-29T10:00:00.000Z',
      overdue: false,
      priority: true,
    });
    expect(disputeDeadlineItem(row, new Date('2026-11-29T10:00:00.000Z')).overdue).toBe(true);
    expect(disputeDeadlineItem({ ...row, deadlineKind: null, dueAt: null }, new Date('2030-01-01T00:00:00.000Z'))).toMatchObject({ deadline: null, dueAt: null, overdue: false });
  });

  it('gives rates to 4 decimals, none without a denominator', () => {
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(2, 2)).toBe(1);
    expect(rate(0, 0)).toBeNull();
  });

  it('compares snapshots by what they say, not when they were computed or polled', () => {
    const a = { generatedAt: '2026-11-29T10:00:00.000Z', services: [{ service: 'orders', status: 'UP', checkedAt: '2026-11-29T10:00:00.000Z' }] } as unknown as OverviewSnapshot;
    const b = { generatedAt: '2026-11-29T10:00:05.000Z', services: [{ service: 'orders', status: 'UP', checkedAt: '2026-11-29T10:00:05.000Z' }] } as unknown as OverviewSnapshot;
    const c = { generatedAt: '2026-11-29T10:00:05.000Z', services: [{ service: 'orders', status: 'DOWN', checkedAt: '2026-11-29T10:00:05.000Z' }] } as unknown as OverviewSnapshot;
    expect(changeKey(a)).toBe(changeKey(b));
    expect(changeKey(a)).not.toBe(changeKey(c));
  });

  it('lists a newest order with its amount in whole VND and its placement in UTC, and a new one changes what the snapshot says', () => {
    const row = {
      orderId: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10',
      code: 'TC-7KQ4-M2XD',
      marketplaceId: null,
      status: 'PLACED',
      totalAmount: '9007199254740991',
      paymentMethod: 'COD' as const,
      placedAt: new Date('2026-11-29T14:30:00.000Z'),
    };
    const order = recentOrder(row);
    expect(order).toEqual({ ...row, totalAmount: 9_007_199_254_740_991, placedAt: '2026-11-29T14:30:00.000Z' });
    expect(recentOrder({ ...row, totalAmount: null }).totalAmount).toBeNull();
    expect(() => recentOrder({ ...row, totalAmount: '9007199254740993' })).toThrow();
    const before = { generatedAt: '2026-11-29T10:00:00.000Z', recentOrders: [] } as unknown as OverviewSnapshot;
    const after = { generatedAt: '2026-11-29T10:00:05.000Z', recentOrders: [order] } as unknown as OverviewSnapshot;
    const paid = { generatedAt: '2026-11-29T10:00:06.000Z', recentOrders: [{ ...order, status: 'FUNDED' }] } as unknown as OverviewSnapshot;
    expect(changeKey(before)).not.toBe(changeKey(after));
    expect(changeKey(after)).not.toBe(changeKey(paid));
  });

  it('frames server-sent events and heartbeat comments', () => {
    expect(sseEvent('snapshot', 7, { a: 'x\ny' })).toBe('id: 7\nevent: snapshot\ndata: {"a":"x\\ny"}\n\n');
    expect(sseEvent('snapshot', 1, {}, 3000)).toBe('retry: 3000\nid: 1\nevent: snapshot\ndata: {}\n\n');
    expect(sseComment('heartbeat\nsneaky')).toBe(': heartbeat sneaky\n\n');
  });
});
