import type { DisputeOffer, DisputeView } from '../api/wire-types';
import { formatVnTime, timeLeft } from '../format/vn-time';
import type { Messages } from '../i18n/messages';

/** What the buyer may do on a complaint now (the disputes service has the last word, and says why not). */
export interface BuyerDisputeActions {
  /** The seller's offer waiting for an answer, before its deadline. */
  pendingOffer: DisputeOffer | null;
  /** After a rejection, before the escalation deadline: take it to a mediator. */
  escalate: boolean;
  /** Before a money outcome: withdraw. */
  withdraw: boolean;
  /** While the complaint is open: send a message with more evidence. */
  reply: boolean;
}

const BEFORE_OUTCOME = new Set(['AWAITING_MERCHANT', 'OFFER_PENDING', 'AWAITING_BUYER_ESCALATION', 'ESCALATED']);
const FINISHED = new Set(['RESOLVED', 'WITHDRAWN', 'CLOSED']);

/** The buyer's actions on `view` at `nowMs` (docs/disputes.md, "The buyer acts"). */
export function buyerActionsOf(view: DisputeView, nowMs: number): BuyerDisputeActions {
  const due = view.currentDeadline ? Date.parse(view.currentDeadline.dueAt) > nowMs : false;
  const pendingOffer =
    view.state === 'OFFER_PENDING' ? (view.offers.find((o) => o.state === 'PENDING' && Date.parse(o.buyerDueAt) > nowMs) ?? null) : null;
  return {
    pendingOffer,
    escalate: view.state === 'AWAITING_BUYER_ESCALATION' && due,
    withdraw: BEFORE_OUTCOME.has(view.state),
    reply: !FINISHED.has(view.state),
  };
}

/** The running deadline in plain words: who must act, by when, how long is left, and what silence does. */
export function deadlineText(view: DisputeView, m: Messages, nowMs: number): string {
  const d = view.currentDeadline;
  if (!d) return m.dispute.noDeadline;
  const time = formatVnTime(d.dueAt);
  const remaining = m.common.timeLeft(timeLeft(d.dueAt, nowMs));
  const text = m.dispute.deadlines[d.deadline];
  return text ? text(time, remaining) : m.dispute.otherDeadline(time, remaining);
}

/** Whether escrow holds the money for the complaint, in plain words. */
export function moneyText(view: DisputeView, m: Messages): string {
  if (view.moneyHeld === true) return m.dispute.money.held;
  if (view.moneyHeld === false) return m.dispute.money.notHeld;
  return m.dispute.money.pending;
}
