import { channelLabel, compactVnd, count, dayLabel, dueText, enumLabel, healthText, heldAgeLabel, lastHourCounts, minuteBars, percent, totalLag } from './overview-figures';
import type { OverviewSnapshot } from './overview-types';

describe('the overview’s figures', () => {
  const orders: OverviewSnapshot['orders'] = {
    windowMinutes: 3,
    perMinute: [
      { minute: '2026-11-29T21:28:00+07:00', counts: { FUNDED: 1, PLACED: 2 } },
      { minute: '2026-11-29T21:29:00+07:00', counts: {} },
      { minute: '2026-11-29T21:30:00+07:00', counts: { PLACED: 3, SOMETHING_NEW: 1, DELIVERED: 0 } },
    ],
    lastHour: { PLACED: 5, FUNDED: 1, SOMETHING_NEW: 1 },
  };

  it('gives a bar per minute in Vietnamese time and the statuses seen, in the order an order moves through them', () => {
    expect(minuteBars(orders)).toEqual({
      bars: [{ minute: '21:28', FUNDED: 1, PLACED: 2 }, { minute: '21:29' }, { minute: '21:30', PLACED: 3, SOMETHING_NEW: 1 }],
      statuses: ['PLACED', 'FUNDED', 'SOMETHING_NEW'],
    });
    expect(lastHourCounts(orders)).toEqual([
      { status: 'PLACED', orders: 5 },
      { status: 'FUNDED', orders: 1 },
      { status: 'SOMETHING_NEW', orders: 1 },
    ]);
  });

  it('words enums, rates, counts, days and ages', () => {
    expect(enumLabel('PARTIALLY_REFUNDED')).toBe('Partially refunded');
    expect(enumLabel('delivery-tracking')).toBe('Delivery tracking');
    expect(enumLabel(null)).toBe('—');
    expect(['SMS', 'ZALO', 'EMAIL', 'WEBHOOK'].map(channelLabel)).toEqual(['SMS', 'Zalo', 'Email', 'Webhook']);
    expect([percent(0.0125), percent(1), percent(0), percent(null)]).toEqual(['1.3%', '100.0%', '0.0%', '—']);
    expect(count(12345)).toBe('12,345');
    expect(dayLabel('2026-11-29')).toBe('29/11');
    expect([compactVnd(1_235_000), compactVnd(35_000), compactVnd(2_000_000_000), compactVnd(999), compactVnd(0)]).toEqual(['1.2M', '35K', '2B', '999', '0']);
    expect([heldAgeLabel({ fromDays: 0, toDays: 1 }), heldAgeLabel({ fromDays: 1, toDays: 3 }), heldAgeLabel({ fromDays: 14, toDays: null })]).toEqual([
      'Under 1 day',
      '1–3 days',
      '14 days or more',
    ]);
  });

  it('says how long until a deadline, or how long it is overdue', () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(dueText({ dueAt: '2026-11-29T12:30:00Z', overdue: false }, now)).toBe('due in 2 h 30 min');
    expect(dueText({ dueAt: '2026-12-01T13:00:00Z', overdue: false }, now)).toBe('due in 2 d 3 h');
    expect(dueText({ dueAt: '2026-11-29T09:15:00Z', overdue: true }, now)).toBe('overdue by 45 min');
    expect(dueText({ dueAt: '2026-11-27T09:00:00Z', overdue: true }, now)).toBe('overdue by 2 d 1 h');
    expect(dueText({ dueAt: null, overdue: false }, now)).toBe('no deadline');
  });

  it('words service health and adds up consumer lag', () => {
    expect(['UP', 'DOWN', 'NOT_READY', 'UNKNOWN'].map((s) => healthText(s as 'UP'))).toEqual(['Up', 'Down', 'Not ready', 'Not checked yet']);
    expect(totalLag({ consumerLag: [{ topic: 'a', lag: 3 }, { topic: 'b', lag: 4 }] })).toBe(7);
    expect(totalLag({})).toBeNull();
  });
});
