import type { QueuedDispute } from './mediation-types';

/** How a deadline looks in the queue: overdue cases are red, the rest show the time left. */
export interface DeadlineBadge {
  overdue: boolean;
  text: string;
}

/**
 * The queue as the desk shows it: vulnerable consumers first, then the earliest mediator deadline (cases without one
 * last), then the oldest opened, then the dispute id (a stable order). The server already answers in this order;
 * the desk keeps it even when the answer is merged or re-sorted.
 */
export function orderQueue(items: readonly QueuedDispute[]): QueuedDispute[] {
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      dueMs(a) - dueMs(b) ||
      Date.parse(a.openedAt) - Date.parse(b.openedAt) ||
      (a.disputeId < b.disputeId ? -1 : a.disputeId > b.disputeId ? 1 : 0),
  );
}

function rank(d: QueuedDispute): number {
  return d.priority === 'VULNERABLE' ? 0 : 1;
}

function dueMs(d: QueuedDispute): number {
  const due = d.mediatorDueAt === null ? Number.NaN : Date.parse(d.mediatorDueAt);
  return Number.isNaN(due) ? Number.MAX_SAFE_INTEGER : due;
}

/**
 * The deadline of a case at `nowMs`: overdue once the deadline has passed (or the server said so), with how long
 * ago; otherwise the time left. Whole minutes, as "2 d 3 h", "3 h 20 min", "45 min".
 */
export function deadlineBadge(d: Pick<QueuedDispute, 'mediatorDueAt' | 'overdue'>, nowMs: number): DeadlineBadge {
  if (d.mediatorDueAt === null) return { overdue: d.overdue, text: d.overdue ? 'Overdue' : 'No deadline' };
  const leftMs = Date.parse(d.mediatorDueAt) - nowMs;
  if (Number.isNaN(leftMs)) return { overdue: d.overdue, text: d.overdue ? 'Overdue' : 'No deadline' };
  if (leftMs <= 0 || d.overdue) return { overdue: true, text: `Overdue by ${duration(Math.max(0, -leftMs))}` };
  return { overdue: false, text: `${duration(leftMs)} left` };
}

/** A duration in whole minutes: `2 d 3 h`, `3 h 20 min`, `45 min`, `0 min`. */
export function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

const WORDS: Record<string, string> = {
  NOT_RECEIVED: 'Not received',
  DAMAGED: 'Damaged',
  NOT_AS_DESCRIBED: 'Not as described',
  COUNTERFEIT: 'Counterfeit',
  WRONG_ITEM: 'Wrong item',
  MISSING_PARTS: 'Missing parts',
  OTHER: 'Other',
  REFUND_FULL: 'Refund in full',
  REFUND_PARTIAL: 'Partial refund',
  RELEASE_TO_SELLER: 'Release to seller',
  RETURN_AND_REFUND: 'Return and refund',
  ELDERLY: 'Elderly',
  DISABLED: 'Disabled',
  CHILD: 'Child',
  ETHNIC_MINORITY: 'Ethnic minority',
  PREGNANT_OR_NURSING: 'Pregnant or nursing',
  SERIOUSLY_ILL: 'Seriously ill',
  POOR_HOUSEHOLD: 'Poor household',
};

/** A wire word in plain English: `NOT_AS_DESCRIBED` → `Not as described` (unknown ones are spelled out likewise). */
export function wordOf(code: string | null | undefined): string {
  if (!code) return '—';
  const known = WORDS[code];
  if (known) return known;
  const spaced = code.toLowerCase().replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
