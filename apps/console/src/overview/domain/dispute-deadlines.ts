import type { DisputeDeadline } from '@trustcircle/contracts';
import type { DisputeDeadlineItem } from './overview-snapshot';

/** An open dispute as the read model keeps it. */
export interface OpenDisputeRow {
  disputeId: string;
  orderId: string;
  orderCode: string | null;
  stage: string;
  deadlineKind: string | null;
  dueAt: Date | null;
  priority: boolean;
}

/** How long before its deadline a dispute counts as due soon. */
export const DUE_SOON_MS = 24 * 3_600_000;

/** An open dispute for the overview: overdue once its deadline is at or before `now` (shown in red). */
export function disputeDeadlineItem(row: OpenDisputeRow, now: Date): DisputeDeadlineItem {
  return {
    disputeId: row.disputeId,
    orderId: row.orderId,
    orderCode: row.orderCode,
    stage: row.stage,
    deadline: row.deadlineKind as DisputeDeadline | null,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: row.dueAt !== null && row.dueAt.getTime() <= now.getTime(),
    priority: row.priority,
  };
}
