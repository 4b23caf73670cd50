/**
 * Enumerations shared by dispute events.
 *
 * WARNING: every value below is on the wire (events, webhooks, regulator reports). Never rename or remove one;
 * a new value is a new event version.
 */

/** Why the buyer complains. */
export const DISPUTE_REASONS = ['NOT_RECEIVED', 'DAMAGED', 'NOT_AS_DESCRIBED', 'COUNTERFEIT', 'WRONG_ITEM', 'MISSING_PARTS', 'OTHER'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

/** What the buyer may ask for. */
export const REQUESTED_OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RETURN_AND_REFUND'] as const;
export type RequestedOutcome = (typeof REQUESTED_OUTCOMES)[number];

/** How a dispute can end, for the money. */
export const DISPUTE_OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RELEASE_TO_SELLER', 'RETURN_AND_REFUND'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** The marketplace's answer on the seller's behalf. */
export const MERCHANT_ACTIONS = ['ACCEPT', 'REJECT', 'OFFER_PARTIAL'] as const;
export type MerchantAction = (typeof MERCHANT_ACTIONS)[number];

/**
 * Vulnerable consumer groups of the Law on Protection of Consumer Rights 2023 (No. 19/2023/QH15), with OTHER
 * for the groups the law adds by reference.
 */
export const VULNERABLE_CATEGORIES = [
  'ELDERLY',
  'DISABLED',
  'CHILD',
  'ETHNIC_MINORITY',
  'PREGNANT_OR_NURSING',
  'SERIOUSLY_ILL',
  'POOR_HOUSEHOLD',
  'OTHER',
] as const;
export type VulnerableCategory = (typeof VULNERABLE_CATEGORIES)[number];

/** How a vulnerable-consumer flag changed: the buyer declared it, a mediator confirmed or removed it. */
export const VULNERABLE_FLAG_CHANGES = ['DECLARED', 'CONFIRMED', 'REMOVED'] as const;
export type VulnerableFlagChange = (typeof VULNERABLE_FLAG_CHANGES)[number];

/** Escrow's answer to a hold request, as disputes recorded it. */
export const HOLD_OUTCOMES = ['ACCEPTED', 'REFUSED'] as const;
export type HoldOutcome = (typeof HOLD_OUTCOMES)[number];

/** Who declined an offer: the buyer, or the deadline (silence escalates to a mediator). */
export const OFFER_DECLINERS = ['BUYER', 'DEADLINE'] as const;
export type OfferDecliner = (typeof OFFER_DECLINERS)[number];

/** Who escalated to a mediator: the buyer, or the deadline on an unanswered offer. */
export const ESCALATORS = ['BUYER', 'OFFER_DEADLINE'] as const;
export type Escalator = (typeof ESCALATORS)[number];

/** How a dispute was resolved. */
export const RESOLUTION_PATHS = [
  'MERCHANT_ACCEPTED',
  'OFFER_ACCEPTED',
  'MEDIATOR_DECISION',
  'DEFAULT_JUDGMENT',
  'BUYER_DID_NOT_ESCALATE',
] as const;
export type ResolutionPath = (typeof RESOLUTION_PATHS)[number];

/** The deadlines of a dispute. */
export const DISPUTE_DEADLINES = ['MERCHANT_RESPONSE', 'BUYER_ESCALATION', 'BUYER_OFFER_RESPONSE', 'MEDIATOR_DECISION', 'RETURN_SHIPMENT'] as const;
export type DisputeDeadline = (typeof DISPUTE_DEADLINES)[number];

/** Who must act before a deadline. */
export const DEADLINE_ROLES = ['BUYER', 'MERCHANT', 'MEDIATOR'] as const;
export type DeadlineRole = (typeof DEADLINE_ROLES)[number];
