/**
 * The answers the mediation desk reads, as the services send them (disputes: `GET /v1/disputes/queue`,
 * `GET /v1/disputes/{id}`; delivery-tracking: `GET /v1/shipments?orderId=`; escrow: `GET /v1/escrows/{orderId}`,
 * `GET /v1/ledger/entries?orderId=`). Amounts are whole VND; `…At` is ISO-8601 UTC.
 */

/** How a dispute can end, for the money (the mediator's choice). */
export const DECISION_OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RELEASE_TO_SELLER', 'RETURN_AND_REFUND'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** One case of the mediators' queue. */
export interface QueuedDispute {
  disputeId: string;
  orderId: string;
  orderCode: string;
  marketplaceId: string;
  priority: 'VULNERABLE' | 'NORMAL';
  vulnerableCategory: string | null;
  vulnerableStatus: 'DECLARED' | 'CONFIRMED' | 'REMOVED' | null;
  reason: string;
  requestedOutcome: string;
  requestedAmount: number | null;
  orderTotal: number;
  moneyHeld: boolean | null;
  escalatedAt: string | null;
  escalatedBy: string | null;
  mediatorDueAt: string | null;
  overdue: boolean;
  timeLeftSeconds: number | null;
  mediatorBreachedAt: string | null;
  openedAt: string;
}

/** `GET /v1/disputes/queue`. */
export interface MediatorQueue {
  items: QueuedDispute[];
  total: number;
  asOf: string;
}

export interface DisputeMessage {
  messageId: string;
  kind: string;
  authorRole: 'BUYER' | 'MERCHANT' | 'MEDIATOR' | 'SYSTEM';
  authorId: string | null;
  body: string | null;
  amount: number | null;
  at: string;
}

export interface CourierCheckpoint {
  direction: 'OUTBOUND' | 'RETURN';
  trackingNumber: string;
  status: string;
  occurredAt: string;
  location: string | null;
  description: string | null;
}

export interface DisputeEvidence {
  evidenceId: string | null;
  kind: 'FILE' | 'LINK' | 'COURIER_TIMELINE';
  submittedByRole: 'BUYER' | 'MERCHANT' | 'MEDIATOR' | 'SYSTEM';
  messageId: string | null;
  description: string | null;
  at: string;
  contentType: string | null;
  size: number | null;
  sha256: string | null;
  contentUrl: string | null;
  url: string | null;
  checkpoints: CourierCheckpoint[] | null;
}

export interface DisputeOffer {
  offerId: string;
  amount: number;
  state: string;
  madeAt: string;
  buyerDueAt: string;
  answeredAt: string | null;
}

export interface DisputeOutcomeView {
  outcome: DecisionOutcome;
  refundAmount: number;
  resolvedBy: string;
  decisionReason: string | null;
  decidedBy: string | null;
  resolvedAt: string | null;
}

/** `GET /v1/disputes/{id}` as operators see it. */
export interface DisputeCase {
  disputeId: string;
  orderId: string;
  orderCode: string;
  marketplaceId: string;
  sellerId: string;
  state: string;
  statusText: { vi: string; en: string };
  reason: string;
  description: string;
  requestedOutcome: string;
  requestedAmount: number | null;
  orderTotal: number;
  vulnerable: { category: string; status: 'DECLARED' | 'CONFIRMED' | 'REMOVED' } | null;
  moneyHeld: boolean | null;
  holdRefusalReason: string | null;
  currentDeadline: { deadline: string; actor: string; dueAt: string } | null;
  escalatedAt: string | null;
  escalatedBy: string | null;
  mediatorDueAt: string | null;
  mediatorBreachedAt: string | null;
  openedAt: string;
  finishedAt: string | null;
  offers: DisputeOffer[];
  messages: DisputeMessage[];
  evidence: DisputeEvidence[];
  outcome: DisputeOutcomeView | null;
}

/** One checkpoint of a shipment's timeline (delivery-tracking). */
export interface ShipmentCheckpoint {
  status: string;
  rawStatus: string;
  occurredAt: string;
  receivedAt: string;
  location: string | null;
  note: string | null;
  codAmount: number | null;
  late: boolean;
  flagged: boolean;
  flagReason: string | null;
}

/** A shipment with its timeline (delivery-tracking). */
export interface Shipment {
  shipmentId: string;
  orderId: string;
  courierId: string;
  trackingNumber: string;
  direction: 'OUTBOUND' | 'RETURN';
  status: string | null;
  expectedDeliveryAt: string | null;
  deliveredAt: string | null;
  registeredAt: string;
  timeline: ShipmentCheckpoint[];
}

/** One ledger line (escrow `GET /v1/ledger/entries`). */
export interface LedgerLine {
  entryId: string;
  transactionId: string;
  purpose: string;
  transactionStatus: 'PENDING' | 'POSTED';
  resolution: 'POSTED' | 'VOIDED' | null;
  accountCode: string;
  accountType: string;
  side: 'DEBIT' | 'CREDIT';
  amount: number;
  createdAt: string;
}

export interface LedgerPage {
  items: LedgerLine[];
  nextCursor: string | null;
}

/** The parts of `GET /v1/escrows/{orderId}` the desk shows. */
export interface EscrowSummary {
  escrowId: string;
  orderId: string;
  orderCode: string;
  state: string;
  paymentMethod: string;
  amounts: Record<string, number>;
  hold: { disputeId: string; fromState: string | null } | null;
}

/** `POST /v1/disputes/{id}/decision`. */
export interface DecisionBody {
  outcome: DecisionOutcome;
  amount?: number;
  reason: string;
}

/** Where the dispute stands after an action. */
export interface DisputeActionResult {
  disputeId: string;
  state: string;
  outcome: string | null;
  refundAmount: number | null;
}
