/**
 * The buyer APIs' answers and bodies, as the portal uses them (the services' OpenAPI at `/docs` is the reference:
 * orders for `/v1/public/otp|sessions|orders`, escrow for `/v1/public/escrows`, disputes for `/v1/public/disputes`).
 * Amounts are whole VND; `…At` is ISO-8601 UTC, `…AtLocal` the same instant in Asia/Ho_Chi_Minh.
 */

/** One invalid input of a validation problem. */
export interface ProblemFieldError {
  field: string;
  message: string;
  code?: string;
}

/** An RFC 9457 problem, as every error answer of TrustCircle carries it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  correlationId?: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

/** `POST /v1/public/sessions`. */
export interface BuyerSessionResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  expiresAt: string;
  orderCode: string;
}

/** `POST /v1/public/otp` (always the same, whether or not a code was sent). */
export interface OtpAcceptedResponse {
  status: 'accepted';
  message: string;
  expiresInSeconds: number;
}

/** A scalar detail of a timeline step (amounts, reasons, ids; never personal data). */
export type FactDetail = Record<string, string | number | boolean | null>;

/** One step of the order's unified timeline. */
export interface PublicTimelineEntry {
  at: string;
  atLocal: string;
  strand: 'MONEY' | 'PARCEL' | 'COMPLAINT' | 'MESSAGE' | string;
  fact: string;
  statusAfter: string | null;
  detail: FactDetail;
}

/** `GET /v1/public/orders/{code}`. */
export interface PublicOrder {
  code: string;
  status: string;
  placedAt: string;
  placedAtLocal: string;
  timeZone: string;
  totalAmount: number;
  currency: string;
  seller: { name: string };
  buyer: { name: string; phone: string };
  timeline: PublicTimelineEntry[];
}

/** `POST /v1/public/escrows/{orderCode}/confirm-receipt`. */
export interface ReceiptConfirmed {
  orderCode: string;
  state: string;
  alreadyReleased: boolean;
}

/** How a refund reaches a cash-on-delivery buyer. */
export type RefundMethod = 'BANK_ACCOUNT' | 'EWALLET';

/** `PUT /v1/public/escrows/{orderCode}/refund-destination` body. */
export interface RefundDestinationBody {
  method: RefundMethod;
  institutionCode: string;
  accountNumber: string;
  accountName: string;
}

/** The refund destination, masked. */
export interface RefundDestination {
  orderCode: string;
  method: RefundMethod;
  institutionCode: string;
  accountNumberMasked: string;
  registeredAt: string;
  updatedAt: string;
}

/** `POST /v1/public/disputes/evidence-files`. */
export interface EvidenceFileUploaded {
  fileId: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

/** One piece of evidence on an action. */
export interface EvidenceItem {
  fileId?: string;
  url?: string;
  description?: string;
}

export const DISPUTE_REASONS = ['NOT_RECEIVED', 'DAMAGED', 'NOT_AS_DESCRIBED', 'COUNTERFEIT', 'WRONG_ITEM', 'MISSING_PARTS', 'OTHER'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

export const REQUESTED_OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RETURN_AND_REFUND'] as const;
export type RequestedOutcome = (typeof REQUESTED_OUTCOMES)[number];

export const VULNERABLE_CATEGORIES = ['ELDERLY', 'DISABLED', 'CHILD', 'ETHNIC_MINORITY', 'PREGNANT_OR_NURSING', 'SERIOUSLY_ILL', 'POOR_HOUSEHOLD', 'OTHER'] as const;
export type VulnerableCategory = (typeof VULNERABLE_CATEGORIES)[number];

/** `POST /v1/public/disputes` body. */
export interface FileDisputeBody {
  orderCode: string;
  reason: DisputeReason;
  description: string;
  requestedOutcome: RequestedOutcome;
  requestedAmount?: number;
  vulnerable?: { category: VulnerableCategory };
  evidence?: EvidenceItem[];
}

/** `POST /v1/public/disputes`. */
export interface DisputeFiled {
  disputeId: string;
  state: string;
  merchantResponseDueAt: string;
  merchantResponseDueAtLocal: string;
}

/** What every buyer action on a dispute answers. */
export interface DisputeActionResult {
  disputeId: string;
  state: string;
  currentDeadline: string | null;
  currentDueAt: string | null;
  currentDueAtLocal: string | null;
  outcome: string | null;
  refundAmount: number | null;
  moneyHeld: boolean | null;
}

export interface DisputeOffer {
  offerId: string;
  amount: number;
  state: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'LAPSED' | 'WITHDRAWN' | string;
  madeAt: string;
  madeAtLocal: string;
  buyerDueAt: string;
  buyerDueAtLocal: string;
  answeredAt: string | null;
  answeredAtLocal: string | null;
}

export interface DisputeMessage {
  messageId: string;
  kind: string;
  authorRole: 'BUYER' | 'MERCHANT' | 'MEDIATOR' | 'SYSTEM' | string;
  authorId: string | null;
  body: string | null;
  amount: number | null;
  at: string;
  atLocal: string;
}

export interface CourierCheckpoint {
  direction: 'OUTBOUND' | 'RETURN' | string;
  trackingNumber: string;
  status: string;
  occurredAt: string;
  occurredAtLocal: string;
  location: string | null;
  description: string | null;
}

export interface DisputeEvidence {
  evidenceId: string | null;
  kind: 'FILE' | 'LINK' | 'COURIER_TIMELINE' | string;
  submittedByRole: string;
  messageId: string | null;
  description: string | null;
  at: string;
  atLocal: string;
  contentType: string | null;
  size: number | null;
  sha256: string | null;
  contentUrl: string | null;
  url: string | null;
  checkpoints: CourierCheckpoint[] | null;
}

/** `GET /v1/public/disputes/{id}`. */
export interface DisputeView {
  disputeId: string;
  orderId: string;
  orderCode: string;
  state: string;
  statusText: { vi: string; en: string };
  reason: string;
  description: string;
  requestedOutcome: string;
  requestedAmount: number | null;
  orderTotal: number;
  vulnerable: { category: string; status: string } | null;
  moneyHeld: boolean | null;
  holdRefusalReason: string | null;
  currentDeadline: { deadline: string; actor: string; dueAt: string; dueAtLocal: string } | null;
  merchantResponseDueAt: string;
  merchantResponseDueAtLocal: string;
  merchantRespondedAt: string | null;
  merchantAction: string | null;
  escalatedAt: string | null;
  mediatorDueAt: string | null;
  openedAt: string;
  openedAtLocal: string;
  finishedAt: string | null;
  offers: DisputeOffer[];
  messages: DisputeMessage[];
  evidence: DisputeEvidence[];
  outcome: {
    outcome: string;
    refundAmount: number;
    resolvedBy: string;
    decisionReason: string | null;
    resolvedAt: string | null;
    resolvedAtLocal: string | null;
  } | null;
  afterDecision: { vi: string; en: string; options: Array<{ code: string; vi: string; en: string }> } | null;
}

/** One amount line of a signed document (whole VND, with its Vietnamese label as printed). */
export interface DocumentAmountLine {
  code: string;
  label: string;
  amount: number;
}

/** `GET /v1/documents` (escrow): a signed electronic document of an order (the fields the web app shows). */
export interface IssuedDocument {
  id: string;
  number: string;
  kind: 'RECEIPT' | 'STATEMENT' | 'DECISION_RECORD';
  subject: string;
  sequence: number;
  sha256: string;
  issuedAt: string;
  content: { title: string; amounts: DocumentAmountLine[] };
}
