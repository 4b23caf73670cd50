import type { ManualActionKind } from '@trustcircle/contracts';
import { toVnd, vndToWire } from '@trustcircle/kernel';
import type { ManualActionStatus } from '../../read-model/domain/manual-action-status';

/** An operator as the desk shows them: the id, and the name from the console's registry (null if unknown to it). */
export interface OperatorRef {
  operatorId: string;
  name: string | null;
}

/** A manual money action as the money desk lists it. */
export interface ManualActionItem {
  actionId: string;
  orderId: string;
  /** The order's code, when the console knows the order. */
  orderCode: string | null;
  escrowId: string;
  kind: ManualActionKind;
  /** Whole VND; null when only the decision was consumed. */
  amount: number | null;
  /** The proposer's words; null when only the decision was consumed. */
  reason: string | null;
  disputeId: string | null;
  status: ManualActionStatus;
  proposedBy: OperatorRef;
  proposedAt: string | null;
  decidedBy: OperatorRef | null;
  decidedAt: string | null;
  /** The decider's note. */
  note: string | null;
}

/** A row of the desk's query: the manual action, its order's code and the operators' names. */
export interface ManualActionRow {
  action_id: string;
  order_id: string;
  order_code: string | null;
  escrow_id: string;
  kind: ManualActionKind;
  amount: string | null;
  reason: string | null;
  dispute_id: string | null;
  status: ManualActionStatus;
  proposed_by: string;
  proposed_by_name: string | null;
  proposed_at: Date | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  note: string | null;
  /** The instant the listing sorts by. */
  sort_at: Date;
}

export function manualActionItem(r: ManualActionRow): ManualActionItem {
  return {
    actionId: r.action_id,
    orderId: r.order_id,
    orderCode: r.order_code,
    escrowId: r.escrow_id,
    kind: r.kind,
    amount: r.amount === null ? null : vndToWire(toVnd(r.amount)),
    reason: r.reason,
    disputeId: r.dispute_id,
    status: r.status,
    proposedBy: { operatorId: r.proposed_by, name: r.proposed_by_name },
    proposedAt: r.proposed_at?.toISOString() ?? null,
    decidedBy: r.decided_by === null ? null : { operatorId: r.decided_by, name: r.decided_by_name },
    decidedAt: r.decided_at?.toISOString() ?? null,
    note: r.note,
  };
}
