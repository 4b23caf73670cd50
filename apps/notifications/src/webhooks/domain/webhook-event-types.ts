import type { EventType } from '@trustcircle/contracts';

/** Who may own a webhook endpoint (and an event feed): the partner kinds that receive webhooks. */
export const WEBHOOK_OWNER_KINDS = ['MARKETPLACE', 'PAYMENT_PARTNER'] as const;
export type WebhookOwnerKind = (typeof WEBHOOK_OWNER_KINDS)[number];

/** Subscribes an endpoint to every event type its owner kind may receive, those added later included. */
export const ALL_EVENTS = '*';

/**
 * The catalogue event types a marketplace may receive about its own orders: the order's life, the money's
 * milestones (cash on delivery's too: each remittance line, a collected amount that differs from the total, a
 * refund waiting for the buyer's account), delivery outcomes and every step of a dispute. The pipeline routes no other type to a marketplace.
 */
export const MARKETPLACE_WEBHOOK_EVENTS = [
  'orders.order-placed',
  'orders.order-status-changed',
  'escrow.escrow-funded',
  'escrow.escrow-underpaid',
  'escrow.escrow-expired',
  'escrow.inspection-started',
  'escrow.inspection-ended',
  'escrow.escrow-released',
  'escrow.escrow-refunded',
  'escrow.escrow-paid-out',
  'escrow.cancellation-accepted',
  'escrow.cancellation-refused',
  'escrow.payout-account-missing',
  'escrow.refund-destination-required',
  'escrow.cod-collection-mismatch',
  'escrow.cod-remitted',
  'escrow.clawback-recorded',
  'delivery.shipment-first-scanned',
  'delivery.shipment-delivered',
  'delivery.shipment-delivery-failed-finally',
  'delivery.shipment-returned',
  'delivery.shipment-lost',
  'disputes.dispute-opened',
  'disputes.hold-outcome-recorded',
  'disputes.merchant-responded',
  'disputes.offer-made',
  'disputes.offer-accepted',
  'disputes.offer-declined',
  'disputes.dispute-escalated',
  'disputes.dispute-decided',
  'disputes.dispute-resolved',
  'disputes.dispute-withdrawn',
  'disputes.return-deadline-passed',
  'disputes.deadline-reminder',
] as const satisfies readonly EventType[];

/** The catalogue event types a payment partner may receive: its payments matched, its instructions, its settlements. */
export const PAYMENT_PARTNER_WEBHOOK_EVENTS = [
  'escrow.payment-received',
  'escrow.payout-instruction-issued',
  'escrow.refund-instruction-issued',
  'escrow.instruction-settled',
  'escrow.instruction-failed',
  'escrow.partner-settlement-closed',
] as const satisfies readonly EventType[];

const RECEIVABLE: Record<WebhookOwnerKind, ReadonlySet<string>> = {
  MARKETPLACE: new Set(MARKETPLACE_WEBHOOK_EVENTS),
  PAYMENT_PARTNER: new Set(PAYMENT_PARTNER_WEBHOOK_EVENTS),
};

/** The event types an owner kind may receive, in catalogue order. */
export function receivableEventTypes(kind: WebhookOwnerKind): readonly EventType[] {
  return kind === 'MARKETPLACE' ? MARKETPLACE_WEBHOOK_EVENTS : PAYMENT_PARTNER_WEBHOOK_EVENTS;
}

/** Whether an owner of `kind` may receive events of `eventType` at all. */
export function mayReceive(kind: WebhookOwnerKind, eventType: string): boolean {
  return RECEIVABLE[kind].has(eventType);
}

/** Whether an endpoint of an owner of `kind`, subscribed to `events`, gets events of `eventType`. */
export function endpointReceives(kind: WebhookOwnerKind, events: readonly string[], eventType: string): boolean {
  return mayReceive(kind, eventType) && (events.includes(ALL_EVENTS) || events.includes(eventType));
}

/** The outcome of checking a subscription list: normalised, or the first refused item. */
export type SubscriptionCheck = { ok: true; events: string[] } | { ok: false; index: number; message: string };

/**
 * Checks the event types an endpoint subscribes to: each must be `*` or a type its owner may receive. Answers
 * the list without duplicates, in the given order; `*` with anything else is just `["*"]`.
 */
export function checkSubscription(kind: WebhookOwnerKind, events: readonly string[]): SubscriptionCheck {
  if (events.length === 0) return { ok: false, index: -1, message: 'events must name at least one event type, or "*"' };
  for (const [index, type] of events.entries()) {
    if (type !== ALL_EVENTS && !mayReceive(kind, type)) {
      const who = kind === 'MARKETPLACE' ? 'a marketplace' : 'a payment partner';
      return { ok: false, index, message: `events.${index} is not an event type ${who} can receive (see GET /docs for the catalogue)` };
    }
  }
  return { ok: true, events: events.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(events)] };
}
