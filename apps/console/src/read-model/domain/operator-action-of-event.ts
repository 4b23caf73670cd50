import type { ConsoleEvent } from './console-event-types';
import type { OperatorActionChange } from './read-model-change';

/**
 * Consumed events that tell of an action an operator did at another service, and the audit actions they become:
 * escrow's manual money actions (propose; approve or reject, by a second admin) and the mediators' acts at disputes
 * (a decision; confirming or removing a vulnerable-consumer flag). `escrow.clawback-recorded` names operators too,
 * but it is escrow carrying out an approval already audited from `escrow.manual-action-decided`; a flag the buyer
 * declared names no operator. Disputes emits no event for a mediator's message, so the console cannot audit one.
 */
export const OPERATOR_ACTION_EVENT_TYPES = ['escrow.manual-action-proposed', 'escrow.manual-action-decided', 'disputes.dispute-decided', 'disputes.vulnerable-flag-changed'] as const;

/**
 * The audit line of an event that tells of an operator's action at another service, or null. The actor is the
 * operator the event names, the instant the one the event gives for the act, the target the manual action or the
 * dispute; the detail holds ids, amounts (whole VND) and vocabulary only — never the operators' reasons and notes
 * (free text, which may describe a buyer) nor a vulnerable consumer's category. Pure.
 */
export function operatorActionOf(event: ConsoleEvent): OperatorActionChange | null {
  const from = { eventId: event.id, eventType: event.type };
  const common = { kind: 'operator-action' as const, correlationId: event.correlationId };
  switch (event.type) {
    case 'escrow.manual-action-proposed': {
      const d = event.data;
      return {
        ...common,
        source: { service: 'escrow', ...from },
        operatorId: d.proposedBy,
        action: 'escrow.manual-action.propose',
        at: new Date(d.proposedAt),
        target: { type: 'manual-action', id: d.actionId },
        detail: { orderId: d.orderId, escrowId: d.escrowId, actionId: d.actionId, kind: d.kind, amount: d.amount, disputeId: d.disputeId },
      };
    }
    case 'escrow.manual-action-decided': {
      const d = event.data;
      return {
        ...common,
        source: { service: 'escrow', ...from },
        operatorId: d.decidedBy,
        action: d.decision === 'APPROVED' ? 'escrow.manual-action.approve' : 'escrow.manual-action.reject',
        at: new Date(d.decidedAt),
        target: { type: 'manual-action', id: d.actionId },
        detail: { orderId: d.orderId, escrowId: d.escrowId, actionId: d.actionId, kind: d.kind, decision: d.decision, proposedBy: d.proposedBy },
      };
    }
    case 'disputes.dispute-decided': {
      const d = event.data;
      return {
        ...common,
        source: { service: 'disputes', ...from },
        operatorId: d.decidedBy,
        action: 'disputes.decide',
        at: new Date(d.decidedAt),
        target: { type: 'dispute', id: d.disputeId },
        detail: { orderId: d.orderId, disputeId: d.disputeId, decisionId: d.decisionId, outcome: d.outcome, amount: d.amount, onTime: d.onTime },
      };
    }
    case 'disputes.vulnerable-flag-changed': {
      const d = event.data;
      if (d.changedBy === null || d.change === 'DECLARED') return null;
      return {
        ...common,
        source: { service: 'disputes', ...from },
        operatorId: d.changedBy,
        action: d.change === 'CONFIRMED' ? 'disputes.vulnerable-flag.confirm' : 'disputes.vulnerable-flag.remove',
        at: new Date(d.changedAt),
        target: { type: 'dispute', id: d.disputeId },
        detail: { orderId: d.orderId, disputeId: d.disputeId, change: d.change },
      };
    }
    default:
      return null;
  }
}
