import type { OrderStatus } from '@trustcircle/contracts';
import type { DerivableFact, OrderFactKind } from './order-fact-kind';

/** What the rules look at: which kinds of fact are known, and which disputes are still open. */
export interface FactSummary {
  has(kind: OrderFactKind): boolean;
  /** Disputes opened and not (yet known to be) withdrawn or resolved. */
  openDisputes: number;
}

/** One row of the precedence table. */
export interface OrderStatusRule {
  status: OrderStatus;
  /** The rule in words (documentation and test names). */
  when: string;
  applies(facts: FactSummary): boolean;
}

const any =
  (...kinds: OrderFactKind[]) =>
  (f: FactSummary): boolean =>
    kinds.some((k) => f.has(k));

/**
 * The order status precedence table: the FIRST rule whose facts are present gives the status. The status is a
 * function of the SET of facts, never of their arrival order, so every permutation of the same facts ends in
 * the same status. Higher rows are later or more final in an order's life; a fact that implies an earlier one
 * (a delivery implies a pickup) needs no special case, because the later fact's row wins anyway.
 *
 * | # | Status             | When (any of these facts is known)                                              |
 * |---|--------------------|---------------------------------------------------------------------------------|
 * | 1 | CANCELLED          | escrow.cancellation-accepted, or a refund with reason CANCELLATION              |
 * | 2 | EXPIRED            | escrow.escrow-expired, or a refund with reason UNDERPAID_EXPIRED                |
 * | 3 | REFUNDED           | escrow.escrow-refunded FULL (ship-by missed, return delivered, dispute, operator)|
 * | 4 | PARTIALLY_REFUNDED | escrow.escrow-refunded PARTIAL (its release of the rest does not override it)   |
 * | 5 | RELEASED           | escrow.escrow-released                                                          |
 * | 6 | DISPUTED           | a dispute opened and not withdrawn/resolved (by disputes, or escrow's hold-released) |
 * | 7 | RETURNED           | OUTBOUND shipment returned to the seller, or a RETURN shipment delivered        |
 * | 8 | RESOLVED           | disputes.dispute-resolved (the money outcome is still to come)                  |
 * | 9 | INSPECTION_ENDED   | escrow.inspection-ended                                                         |
 * |10 | DELIVERED          | OUTBOUND shipment delivered, or escrow.inspection-started                       |
 * |11 | PICKED_UP          | OUTBOUND first scan, OUTBOUND delivery failed for good, or shipment lost        |
 * |12 | FUNDED             | escrow.escrow-funded                                                            |
 * |13 | PLACED             | always (the order exists)                                                        |
 *
 * Facts not named here (payments, instructions, documents, checkpoints, offers, …) are timeline only.
 * A RETURN shipment's delivery is never "delivered"; an overpayment refund is never the order's refund.
 */
export const ORDER_STATUS_RULES: readonly OrderStatusRule[] = [
  { status: 'CANCELLED', when: 'cancellation accepted, or refunded for cancellation', applies: any('CANCELLATION_ACCEPTED', 'CANCELLATION_REFUNDED') },
  { status: 'EXPIRED', when: 'unpaid escrow expired, or refunded for the expiry', applies: any('ESCROW_EXPIRED', 'EXPIRY_REFUNDED') },
  { status: 'REFUNDED', when: 'refunded in full', applies: any('REFUNDED_FULL') },
  { status: 'PARTIALLY_REFUNDED', when: 'refunded in part (the rest released)', applies: any('REFUNDED_PARTIAL') },
  { status: 'RELEASED', when: 'money released to the seller', applies: any('ESCROW_RELEASED') },
  { status: 'DISPUTED', when: 'a dispute is open (not withdrawn or resolved)', applies: (f) => f.openDisputes > 0 },
  { status: 'RETURNED', when: 'the goods are back with the seller', applies: any('OUTBOUND_RETURNED', 'RETURN_DELIVERED') },
  { status: 'RESOLVED', when: 'a dispute was resolved', applies: any('DISPUTE_RESOLVED') },
  { status: 'INSPECTION_ENDED', when: 'the inspection window ended', applies: any('INSPECTION_ENDED') },
  { status: 'DELIVERED', when: 'the outbound parcel was delivered', applies: any('OUTBOUND_DELIVERED', 'INSPECTION_STARTED') },
  { status: 'PICKED_UP', when: 'the courier has the outbound parcel', applies: any('OUTBOUND_PICKED_UP', 'OUTBOUND_DELIVERY_FAILED', 'SHIPMENT_LOST') },
  { status: 'FUNDED', when: 'the escrow holds the money', applies: any('ESCROW_FUNDED') },
  { status: 'PLACED', when: 'always', applies: () => true },
];

/** Facts that close a dispute (by its `disputeId`). */
const CLOSES_DISPUTE: readonly OrderFactKind[] = ['DISPUTE_WITHDRAWN', 'DISPUTE_RESOLVED', 'HOLD_RELEASED'];

export function summarise(facts: Iterable<DerivableFact>): FactSummary {
  const kinds = new Set<OrderFactKind>();
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const fact of facts) {
    kinds.add(fact.kind);
    const disputeId = String(fact.detail?.disputeId ?? '');
    if (fact.kind === 'DISPUTE_OPENED') opened.add(disputeId);
    else if (CLOSES_DISPUTE.includes(fact.kind)) closed.add(disputeId);
  }
  const openDisputes = [...opened].filter((id) => !closed.has(id)).length;
  return { has: (kind) => kinds.has(kind), openDisputes };
}

/** The order's status from the set of its facts: the first rule of {@link ORDER_STATUS_RULES} that applies. */
export function deriveOrderStatus(facts: Iterable<DerivableFact>): OrderStatus {
  const summary = summarise(facts);
  for (const rule of ORDER_STATUS_RULES) if (rule.applies(summary)) return rule.status;
  return 'PLACED';
}
