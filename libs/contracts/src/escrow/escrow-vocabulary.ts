/**
 * Enumerations shared by escrow events.
 *
 * WARNING: every value below is on the wire (events, webhooks, documents). Never rename or remove one; a new
 * value is a new event version.
 */

/** The escrow's state machine states. */
export const ESCROW_STATES = [
  'AWAITING_FUNDING',
  'AWAITING_DELIVERY',
  'UNDERPAID',
  'FUNDED',
  'IN_INSPECTION',
  'ON_HOLD',
  'RELEASED',
  'PAID_OUT',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type EscrowState = (typeof ESCROW_STATES)[number];

/** The state an escrow opens in: awaiting funding (PREPAID) or awaiting delivery (COD). */
export const ESCROW_OPENING_STATES = ['AWAITING_FUNDING', 'AWAITING_DELIVERY'] as const;
export type EscrowOpeningState = (typeof ESCROW_OPENING_STATES)[number];

/** How a payment compares with what the escrow expects. */
export const PAYMENT_MATCHES = ['EXACT', 'UNDERPAID', 'OVERPAID'] as const;
export type PaymentMatch = (typeof PAYMENT_MATCHES)[number];

/** Where held money came from: the buyer through a payment partner, or a courier's COD remittance. */
export const FUNDING_SOURCES = ['PREPAID', 'COD_REMITTANCE'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Why the inspection window ended. */
export const INSPECTION_END_REASONS = ['WINDOW_ELAPSED', 'RECEIPT_CONFIRMED'] as const;
export type InspectionEndReason = (typeof INSPECTION_END_REASONS)[number];

/** Why money was released to the seller. */
export const RELEASE_REASONS = ['INSPECTION_WINDOW_ELAPSED', 'RECEIPT_CONFIRMED', 'DISPUTE_OUTCOME', 'RETURN_NOT_SHIPPED', 'OPERATOR'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];

/** Why money was refunded to the buyer (escrow refunds and refund instructions). */
export const REFUND_REASONS = [
  'CANCELLATION',
  'SHIP_BY_MISSED',
  'RETURN_DELIVERED',
  'DISPUTE_OUTCOME',
  'OVERPAYMENT',
  'UNDERPAID_EXPIRED',
  'UNMATCHED_PAYMENT',
  'OPERATOR',
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

/** A full refund (nothing released) or a partial one (the rest released to the seller). */
export const REFUND_TYPES = ['FULL', 'PARTIAL'] as const;
export type RefundType = (typeof REFUND_TYPES)[number];

/** Why escrow refused a dispute's hold request. */
export const HOLD_REFUSAL_REASONS = ['ALREADY_RELEASED', 'ALREADY_REFUNDED', 'NOT_FUNDED', 'ESCROW_CLOSED', 'UNKNOWN_ORDER'] as const;
export type HoldRefusalReason = (typeof HOLD_REFUSAL_REASONS)[number];

/** Why a hold ended. */
export const HOLD_RELEASE_REASONS = ['DISPUTE_WITHDRAWN', 'DISPUTE_RESOLVED'] as const;
export type HoldReleaseReason = (typeof HOLD_RELEASE_REASONS)[number];

/** Why escrow refused an order's cancellation. */
export const CANCELLATION_REFUSAL_REASONS = ['ALREADY_PICKED_UP', 'DISPUTE_OPEN', 'ESCROW_CLOSED', 'UNKNOWN_ORDER'] as const;
export type CancellationRefusalReason = (typeof CANCELLATION_REFUSAL_REASONS)[number];

/** What a payment instruction does: pay a seller, or refund a buyer. */
export const INSTRUCTION_KINDS = ['PAYOUT', 'REFUND'] as const;
export type InstructionKind = (typeof INSTRUCTION_KINDS)[number];

/** What escrow does after a failed instruction. */
export const INSTRUCTION_FAILURE_ACTIONS = ['RETRY', 'ESCALATED'] as const;
export type InstructionFailureAction = (typeof INSTRUCTION_FAILURE_ACTIONS)[number];

/** Manual money actions; each needs two different admin operators. */
export const MANUAL_ACTION_KINDS = ['FORCE_RELEASE', 'FORCE_REFUND', 'CORRECTING_ENTRY', 'CLAWBACK'] as const;
export type ManualActionKind = (typeof MANUAL_ACTION_KINDS)[number];

/** The second operator's decision on a manual money action. */
export const MANUAL_ACTION_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type ManualActionDecision = (typeof MANUAL_ACTION_DECISIONS)[number];

/** The ledger rules a check verifies. */
export const LEDGER_RULES = ['ENTRY_UNBALANCED', 'CONSERVATION_BROKEN', 'HELD_TOTAL_MISMATCH', 'NEGATIVE_BALANCE'] as const;
export type LedgerRule = (typeof LEDGER_RULES)[number];

/** What started a ledger check. */
export const LEDGER_CHECK_TRIGGERS = ['SCHEDULED', 'ON_DEMAND'] as const;
export type LedgerCheckTrigger = (typeof LEDGER_CHECK_TRIGGERS)[number];

/** Electronic document kinds. */
export const DOCUMENT_KINDS = ['RECEIPT', 'STATEMENT', 'DECISION_RECORD'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The money movement or decision a document records. */
export const DOCUMENT_SUBJECTS = [
  'FUNDING',
  'RELEASE',
  'REFUND',
  'PAYOUT',
  'COD_REMITTANCE',
  'DISPUTE_DECISION',
  'PARTNER_SETTLEMENT',
] as const;
export type DocumentSubject = (typeof DOCUMENT_SUBJECTS)[number];

/** A business day in Asia/Ho_Chi_Minh, `YYYY-MM-DD`. */
export const BUSINESS_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Lowercase hex SHA-256 digest. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
