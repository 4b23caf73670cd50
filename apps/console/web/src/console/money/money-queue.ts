import type { EscrowManualAction, ManualActionItem } from './money-types';

/** Who may do what with a proposal, for the operator looking at it. */
export interface ProposalRights {
  /** Admins other than the proposer (four eyes). */
  canApprove: boolean;
  /** Shown when the operator is the proposer: the approval needs someone else. */
  fourEyesNote: string | null;
}

/** The four-eyes rule as the desk shows it: the proposer's Approve is disabled, with a note. Non-admins act on nothing. */
export function proposalRights(item: Pick<ManualActionItem, 'proposedBy'>, operator: { id: string; admin: boolean }): ProposalRights {
  const own = item.proposedBy.operatorId === operator.id;
  return { canApprove: operator.admin && !own, fourEyesNote: own ? 'Another admin must approve' : null };
}

/** What this page did and the console's queue may not show yet (it reads escrow's events, a moment behind). */
export interface LocalActions {
  /** Proposals made here, with the proposer's name. */
  proposed: Array<{ action: EscrowManualAction; orderCode: string | null; proposerName: string }>;
  /** Decisions made here, with the decider's name. */
  decided: Array<{ action: EscrowManualAction; deciderName: string }>;
}

export const NO_LOCAL_ACTIONS: LocalActions = { proposed: [], decided: [] };

/** The two tables of the desk. */
export interface MoneyTables {
  awaiting: ManualActionItem[];
  decided: ManualActionItem[];
}

/**
 * The queue and the decided actions, with what this page did merged in until the console's read model shows it:
 * a proposal made here is awaiting approval at once; an action decided here leaves the queue at once and shows
 * among the decided. The queue stays oldest proposal first; the decided newest decision first.
 */
export function moneyTables(queue: readonly ManualActionItem[], recent: readonly ManualActionItem[], local: LocalActions): MoneyTables {
  const decidedHere = new Map(local.decided.map((d) => [d.action.actionId, d]));
  const known = new Set([...queue, ...recent].map((i) => i.actionId));
  const awaiting = [
    ...queue.filter((i) => !decidedHere.has(i.actionId)),
    ...local.proposed.filter((p) => !known.has(p.action.actionId) && !decidedHere.has(p.action.actionId)).map((p) => itemOf(p.action, p.orderCode, p.proposerName)),
  ];
  const recentDecided = recent.filter((i) => i.status !== 'PROPOSED');
  const recentIds = new Set(recentDecided.map((i) => i.actionId));
  const everyKnown = new Map([...queue, ...recent, ...local.proposed.map((p) => itemOf(p.action, p.orderCode, p.proposerName))].map((i) => [i.actionId, i]));
  const decidedLocally = local.decided
    .filter((d) => !recentIds.has(d.action.actionId))
    .map((d) => {
      const before = everyKnown.get(d.action.actionId);
      const item = itemOf(d.action, before?.orderCode ?? null, before?.proposedBy.name ?? null);
      return { ...item, decidedBy: { operatorId: d.action.decidedBy ?? '', name: d.deciderName } };
    });
  const decided = [...decidedLocally, ...recentDecided].sort((a, b) => instant(b.decidedAt) - instant(a.decidedAt));
  return { awaiting: awaiting.sort((a, b) => instant(a.proposedAt) - instant(b.proposedAt)), decided };
}

/** Drops what the console's read model now shows by itself (its own answer is the better one: names, codes). */
export function pruneLocal(local: LocalActions, queue: readonly ManualActionItem[], recent: readonly ManualActionItem[]): LocalActions {
  const known = new Map([...queue, ...recent].map((i) => [i.actionId, i.status]));
  const proposed = local.proposed.filter((p) => !known.has(p.action.actionId));
  const decided = local.decided.filter((d) => {
    const status = known.get(d.action.actionId);
    return status === undefined || status === 'PROPOSED';
  });
  return proposed.length === local.proposed.length && decided.length === local.decided.length ? local : { proposed, decided };
}

function itemOf(a: EscrowManualAction, orderCode: string | null, proposerName: string | null): ManualActionItem {
  return {
    actionId: a.actionId,
    orderId: a.orderId,
    orderCode,
    escrowId: a.escrowId,
    kind: a.kind,
    amount: a.amount,
    reason: a.reason,
    disputeId: a.disputeId,
    status: a.status,
    proposedBy: { operatorId: a.proposedBy, name: proposerName },
    proposedAt: a.proposedAt,
    decidedBy: a.decidedBy ? { operatorId: a.decidedBy, name: null } : null,
    decidedAt: a.decidedAt,
    note: a.note,
  };
}

function instant(at: string | null): number {
  const t = at === null ? Number.NaN : Date.parse(at);
  return Number.isNaN(t) ? 0 : t;
}

/** An operator's name, or a short form of the id when the console does not know them. */
export function operatorName(ref: { operatorId: string; name: string | null } | null): string {
  if (!ref) return '—';
  return ref.name ?? `operator ${ref.operatorId.slice(0, 8)}`;
}
