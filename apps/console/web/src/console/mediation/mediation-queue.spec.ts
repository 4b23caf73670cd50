import { deadlineBadge, duration, orderQueue, wordOf } from './mediation-queue';
import type { QueuedDispute } from './mediation-types';

function queued(id: string, over: Partial<QueuedDispute> = {}): QueuedDispute {
  return {
    disputeId: id,
    orderId: `order-${id}`,
    orderCode: `TC-AAAA-${id.padStart(4, '0')}`,
    marketplaceId: 'm-1',
    priority: 'NORMAL',
    vulnerableCategory: null,
    vulnerableStatus: null,
    reason: 'DAMAGED',
    requestedOutcome: 'REFUND_FULL',
    requestedAmount: null,
    orderTotal: 1_000_000,
    moneyHeld: true,
    escalatedAt: '2026-11-28T00:00:00.000Z',
    escalatedBy: 'BUYER',
    mediatorDueAt: '2026-11-30T00:00:00.000Z',
    overdue: false,
    timeLeftSeconds: 3600,
    mediatorBreachedAt: null,
    openedAt: '2026-11-27T00:00:00.000Z',
    ...over,
  };
}

describe(orderQueue.name, () => {
  it('puts vulnerable consumers first, then the earliest deadline, cases without one last', () => {
    const items = [
      queued('1', { mediatorDueAt: '2026-11-30T00:00:00.000Z' }),
      queued('2', { mediatorDueAt: null }),
      queued('3', { mediatorDueAt: '2026-11-29T00:00:00.000Z' }),
      queued('4', { priority: 'VULNERABLE', vulnerableCategory: 'ELDERLY', mediatorDueAt: '2026-12-05T00:00:00.000Z' }),
      queued('5', { mediatorDueAt: '2026-11-28T00:00:00.000Z', overdue: true }),
    ];
    expect(orderQueue(items).map((d) => d.disputeId)).toEqual(['4', '5', '3', '1', '2']);
  });

  it('breaks ties by the oldest opened, then the dispute id, and leaves the input alone', () => {
    const items = [
      queued('b', { openedAt: '2026-11-27T00:00:00.000Z' }),
      queued('a', { openedAt: '2026-11-27T00:00:00.000Z' }),
      queued('c', { openedAt: '2026-11-26T00:00:00.000Z' }),
    ];
    expect(orderQueue(items).map((d) => d.disputeId)).toEqual(['c', 'a', 'b']);
    expect(items.map((d) => d.disputeId)).toEqual(['b', 'a', 'c']);
  });
});

describe(deadlineBadge.name, () => {
  const now = Date.parse('2026-11-29T12:00:00.000Z');

  it('shows the time left before the deadline', () => {
    expect(deadlineBadge({ mediatorDueAt: '2026-11-29T15:20:00.000Z', overdue: false }, now)).toEqual({ overdue: false, text: '3 h 20 min left' });
    expect(deadlineBadge({ mediatorDueAt: '2026-12-01T15:00:00.000Z', overdue: false }, now)).toEqual({ overdue: false, text: '2 d 3 h left' });
  });

  it('is overdue at the deadline and after it, or when the server says so', () => {
    expect(deadlineBadge({ mediatorDueAt: '2026-11-29T12:00:00.000Z', overdue: false }, now)).toEqual({ overdue: true, text: 'Overdue by 0 min' });
    expect(deadlineBadge({ mediatorDueAt: '2026-11-29T10:15:00.000Z', overdue: false }, now)).toEqual({ overdue: true, text: 'Overdue by 1 h 45 min' });
    expect(deadlineBadge({ mediatorDueAt: '2026-11-29T12:30:00.000Z', overdue: true }, now).overdue).toBe(true);
  });

  it('says when there is no deadline', () => {
    expect(deadlineBadge({ mediatorDueAt: null, overdue: false }, now)).toEqual({ overdue: false, text: 'No deadline' });
  });
});

describe(duration.name, () => {
  it('rounds down to whole minutes', () => {
    expect(duration(59_999)).toBe('0 min');
    expect(duration(45 * 60_000)).toBe('45 min');
    expect(duration(2 * 3_600_000)).toBe('2 h');
    expect(duration(3 * 86_400_000)).toBe('3 d');
  });
});

describe(wordOf.name, () => {
  it('words known codes and spells out unknown ones', () => {
    expect(wordOf('NOT_AS_DESCRIBED')).toBe('Not as described');
    expect(wordOf('RELEASE_TO_SELLER')).toBe('Release to seller');
    expect(wordOf('MEDIATOR_DECISION')).toBe('Mediator decision');
    expect(wordOf(null)).toBe('—');
  });
});
