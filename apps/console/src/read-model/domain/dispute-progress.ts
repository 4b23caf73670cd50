import type { DisputeDeadline, EventOf } from '@trustcircle/contracts';

/** Where an open dispute stands, as the overview shows it. */
export const DISPUTE_STAGES = ['AWAITING_MERCHANT', 'AWAITING_BUYER_ESCALATION', 'OFFER_PENDING', 'ESCALATED', 'AWAITING_RESOLUTION', 'AWAITING_RETURN', 'CLOSED'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** The events that move a dispute in the overview. */
export const DISPUTE_PROGRESS_EVENT_TYPES = [
  'disputes.dispute-opened',
  'disputes.merchant-responded',
  'disputes.offer-made',
  'disputes.offer-accepted',
  'disputes.offer-declined',
  'disputes.dispute-escalated',
  'disputes.dispute-decided',
  'disputes.deadline-reminder',
  'disputes.vulnerable-flag-changed',
  'disputes.dispute-resolved',
  'disputes.dispute-withdrawn',
  'disputes.return-deadline-passed',
] as const;
export type DisputeProgressEventType = (typeof DISPUTE_PROGRESS_EVENT_TYPES)[number];
/** One of them (a discriminated union on `type`). */
export type DisputeProgressEvent = { [K in DisputeProgressEventType]: EventOf<K> }[DisputeProgressEventType];

/** The running deadline: who must act by when. */
export interface RunningDeadline {
  kind: DisputeDeadline;
  dueAt: Date;
}

/**
 * What one event changes in a dispute's row. Absent fields stay as they are; `deadline: null` means no deadline
 * runs now (the next event brings the next one).
 */
export interface DisputeProgress {
  disputeId: string;
  orderId: string;
  stage?: DisputeStage;
  deadline?: RunningDeadline | null;
  /** Vulnerable consumer: front of the mediators' queue. */
  priority?: boolean;
  openedAt?: Date;
  closedAt?: Date;
}

/**
 * The dispute lifecycle as its events tell it (docs/disputes.md): filed → the merchant's deadline; a rejection →
 * the buyer's escalation deadline; an offer → the buyer's answer deadline; escalated → the mediator's deadline;
 * decided RETURN_AND_REFUND → waiting for the return (its deadline comes with the reminder); resolved, withdrawn
 * or the return deadline passed → closed. Events of one order arrive in order (one partition).
 */
export function disputeProgressOf(event: DisputeProgressEvent): DisputeProgress {
  const at = (iso: string) => new Date(iso);
  switch (event.type) {
    case 'disputes.dispute-opened': {
      const d = event.data;
      return { disputeId: d.disputeId, orderId: d.orderId, stage: 'AWAITING_MERCHANT', deadline: { kind: 'MERCHANT_RESPONSE', dueAt: at(d.merchantResponseDueAt) }, priority: d.vulnerable, openedAt: at(d.openedAt) };
    }
    case 'disputes.merchant-responded': {
      const d = event.data;
      const base = { disputeId: d.disputeId, orderId: d.orderId };
      if (d.action === 'REJECT' && d.buyerDueAt) return { ...base, stage: 'AWAITING_BUYER_ESCALATION', deadline: { kind: 'BUYER_ESCALATION', dueAt: at(d.buyerDueAt) } };
      if (d.action === 'OFFER_PARTIAL' && d.buyerDueAt) return { ...base, stage: 'OFFER_PENDING', deadline: { kind: 'BUYER_OFFER_RESPONSE', dueAt: at(d.buyerDueAt) } };
      return { ...base, stage: 'AWAITING_RESOLUTION', deadline: null };
    }
    case 'disputes.offer-made': {
      const d = event.data;
      return { disputeId: d.disputeId, orderId: d.orderId, stage: 'OFFER_PENDING', deadline: { kind: 'BUYER_OFFER_RESPONSE', dueAt: at(d.buyerDueAt) } };
    }
    case 'disputes.offer-accepted':
    case 'disputes.offer-declined':
      return { disputeId: event.data.disputeId, orderId: event.data.orderId, stage: 'AWAITING_RESOLUTION', deadline: null };
    case 'disputes.dispute-escalated': {
      const d = event.data;
      return { disputeId: d.disputeId, orderId: d.orderId, stage: 'ESCALATED', deadline: { kind: 'MEDIATOR_DECISION', dueAt: at(d.mediatorDueAt) }, priority: d.priority };
    }
    case 'disputes.dispute-decided': {
      const d = event.data;
      return { disputeId: d.disputeId, orderId: d.orderId, stage: d.outcome === 'RETURN_AND_REFUND' ? 'AWAITING_RETURN' : 'AWAITING_RESOLUTION', deadline: null };
    }
    case 'disputes.deadline-reminder': {
      const d = event.data;
      return { disputeId: d.disputeId, orderId: d.orderId, deadline: { kind: d.deadline, dueAt: at(d.dueAt) } };
    }
    case 'disputes.vulnerable-flag-changed':
      return { disputeId: event.data.disputeId, orderId: event.data.orderId, priority: event.data.vulnerable };
    case 'disputes.dispute-resolved':
      return { disputeId: event.data.disputeId, orderId: event.data.orderId, stage: 'CLOSED', deadline: null, closedAt: at(event.data.resolvedAt) };
    case 'disputes.dispute-withdrawn':
      return { disputeId: event.data.disputeId, orderId: event.data.orderId, stage: 'CLOSED', deadline: null, closedAt: at(event.data.withdrawnAt) };
    case 'disputes.return-deadline-passed':
      return { disputeId: event.data.disputeId, orderId: event.data.orderId, stage: 'CLOSED', deadline: null, closedAt: at(event.data.passedAt) };
  }
}
