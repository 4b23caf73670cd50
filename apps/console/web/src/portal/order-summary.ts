import type { PublicOrder, PublicTimelineEntry } from '../api/wire-types';

/** A complaint about the order, as the order page lists it. */
export interface OrderDispute {
  disputeId: string;
  /** When it was filed (ISO), or null for one filed in this session that the timeline does not show yet. */
  openedAt: string | null;
  /** Not withdrawn or resolved (as far as the timeline tells). */
  open: boolean;
}

/** What the order page needs to know beyond the order's own fields. */
export interface OrderSummary {
  /** Cash on delivery; null when the timeline has not said yet. */
  cod: boolean | null;
  /** The end of the inspection window while it runs (the buyer may still complain or confirm receipt), else null. */
  inspectionEndsAt: string | null;
  /** Complaints, most recent first. */
  disputes: OrderDispute[];
  /** Some complaint is still open. */
  disputeOpen: boolean;
  /** "I have received the goods" is offered: delivered, in the inspection window, no open complaint. */
  canConfirmReceipt: boolean;
  /** "Complain" is offered: paid (COD: delivered), before the inspection window ended, no open complaint. */
  canComplain: boolean;
  /** A COD refund waits for the buyer's bank account or e-wallet: its amount, else null. */
  refundDestinationAmount: number | null;
}

const CLOSING_FACTS = new Set(['DISPUTE_WITHDRAWN', 'DISPUTE_RESOLVED']);
/** Statuses in which a complaint may be filed (the disputes service has the last word, and says why not). */
const COMPLAINABLE = new Set(['FUNDED', 'PICKED_UP', 'DELIVERED']);

/**
 * Reads the order's timeline for the order page: payment method, the running inspection window, complaints (with
 * those filed in this session, which the timeline shows only once the events arrive) and what the buyer may do.
 */
export function summariseOrder(order: PublicOrder, sessionDisputeIds: readonly string[], nowMs: number): OrderSummary {
  const t = order.timeline;
  const opened = t.find((e) => e.fact === 'ESCROW_OPENED');
  const cod = opened ? opened.detail.paymentMethod === 'COD' : null;

  const started = last(t, 'INSPECTION_STARTED');
  const endsAt = typeof started?.detail.endsAt === 'string' ? started.detail.endsAt : null;
  const inspectionRunning = order.status === 'DELIVERED' && !!endsAt && !t.some((e) => e.fact === 'INSPECTION_ENDED') && Date.parse(endsAt) > nowMs;

  const disputes = disputesOf(t, sessionDisputeIds);
  const disputeOpen = disputes.some((d) => d.open) || order.status === 'DISPUTED';

  const complainable = COMPLAINABLE.has(order.status) && (order.status === 'DELIVERED' ? inspectionRunning || !endsAt : cod !== true);
  const refundAsked = cod === true ? refundDestinationStillAsked(t) : undefined;

  return {
    cod,
    inspectionEndsAt: inspectionRunning ? endsAt : null,
    disputes,
    disputeOpen,
    canConfirmReceipt: inspectionRunning && !disputeOpen,
    canComplain: complainable && !disputeOpen,
    refundDestinationAmount: typeof refundAsked?.detail.amount === 'number' ? refundAsked.detail.amount : null,
  };
}

function disputesOf(timeline: readonly PublicTimelineEntry[], sessionDisputeIds: readonly string[]): OrderDispute[] {
  const byId = new Map<string, OrderDispute>();
  for (const e of timeline) {
    const id = typeof e.detail.disputeId === 'string' ? e.detail.disputeId : null;
    if (!id) continue;
    if (e.fact === 'DISPUTE_OPENED') byId.set(id, { disputeId: id, openedAt: e.at, open: byId.get(id)?.open ?? true });
    else if (CLOSING_FACTS.has(e.fact)) byId.set(id, { disputeId: id, openedAt: byId.get(id)?.openedAt ?? null, open: false });
  }
  const known = [...byId.values()].sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? ''));
  const fresh = sessionDisputeIds.filter((id) => !byId.has(id)).map((id) => ({ disputeId: id, openedAt: null, open: true }));
  return [...fresh, ...known];
}

/**
 * The latest "give us an account" of a COD refund while it still waits: once escrow issues the refund instruction
 * after it (the buyer gave a bank account or e-wallet), the request is answered.
 */
function refundDestinationStillAsked(timeline: readonly PublicTimelineEntry[]): PublicTimelineEntry | undefined {
  const index = timeline.findLastIndex((e) => e.fact === 'REFUND_DESTINATION_REQUIRED');
  if (index < 0) return undefined;
  return timeline.slice(index + 1).some((e) => e.fact === 'REFUND_INSTRUCTION_ISSUED') ? undefined : timeline[index];
}

function last(timeline: readonly PublicTimelineEntry[], fact: string): PublicTimelineEntry | undefined {
  return timeline.filter((e) => e.fact === fact).at(-1);
}

/**
 * The timeline as the buyer reads it, most recent first: messages sent to others (the seller, the marketplace)
 * and the one-time codes the buyer asked for left out.
 */
export function buyerTimeline(order: PublicOrder): PublicTimelineEntry[] {
  return order.timeline.filter((e) => e.fact !== 'MESSAGE_SENT' || (e.detail.recipientRole === 'BUYER' && !isOneTimeCode(e))).reverse();
}

/** The SMS that carried a one-time code: the buyer asked for it a moment ago, so it is not news in their timeline. */
function isOneTimeCode(e: PublicTimelineEntry): boolean {
  return typeof e.detail.template === 'string' && e.detail.template.startsWith('buyer-otp@');
}
