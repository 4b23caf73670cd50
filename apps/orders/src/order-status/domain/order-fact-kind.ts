/**
 * What one fact in an order's timeline is. Every event orders consumes from escrow, delivery-tracking and
 * disputes becomes exactly one fact (see `orderFactOf`); only some of them move the derived status (see
 * `deriveOrderStatus`), the rest are the order's timeline (money, parcel, complaint).
 *
 * Stored as text in `orders.order_facts.kind`: never rename a kind.
 */
export const ORDER_FACT_KINDS = [
  // Money (escrow)
  'ESCROW_OPENED',
  'PAYMENT_RECEIVED',
  'ESCROW_UNDERPAID',
  'ESCROW_FUNDED',
  'ESCROW_EXPIRED',
  'INSPECTION_STARTED',
  'INSPECTION_ENDED',
  'ESCROW_RELEASED',
  /** escrow-refunded FULL for the order itself (ship-by missed, return delivered, dispute outcome, operator). */
  'REFUNDED_FULL',
  /** escrow-refunded PARTIAL (the rest is released to the seller). */
  'REFUNDED_PARTIAL',
  /** escrow-refunded because the order was cancelled: evidence of the cancellation. */
  'CANCELLATION_REFUNDED',
  /** escrow-refunded because the unpaid escrow expired: evidence of the expiry. */
  'EXPIRY_REFUNDED',
  /** escrow-refunded of an overpayment or unmatched payment: not the order's outcome. */
  'EXCESS_REFUNDED',
  'ESCROW_PAID_OUT',
  'HOLD_RELEASED',
  'CANCELLATION_ACCEPTED',
  'CANCELLATION_REFUSED',
  'REFUND_INSTRUCTION_ISSUED',
  'INSTRUCTION_SETTLED',
  'REFUND_DESTINATION_REQUIRED',
  'COD_REMITTED',
  'DOCUMENT_ISSUED',
  // Parcel (delivery-tracking). OUTBOUND goes to the buyer; RETURN goes back to the seller.
  'SHIPMENT_REGISTERED',
  'SHIPMENT_CHECKPOINT',
  'OUTBOUND_PICKED_UP',
  'RETURN_PICKED_UP',
  'OUTBOUND_DELIVERED',
  /** A RETURN shipment delivered to the seller: the goods are back. */
  'RETURN_DELIVERED',
  'OUTBOUND_DELIVERY_FAILED',
  'RETURN_DELIVERY_FAILED',
  /** An OUTBOUND shipment brought back to the seller (failed or refused delivery): the goods are back. */
  'OUTBOUND_RETURNED',
  /** A RETURN shipment brought back to its sender (the buyer): the return did not reach the seller. */
  'RETURN_SHIPMENT_RETURNED',
  'SHIPMENT_LOST',
  // Complaint (disputes)
  'DISPUTE_OPENED',
  'HOLD_OUTCOME_RECORDED',
  'MERCHANT_RESPONDED',
  'OFFER_MADE',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'DISPUTE_ESCALATED',
  'DISPUTE_DECIDED',
  'DISPUTE_RESOLVED',
  'DISPUTE_WITHDRAWN',
  // Messages (notifications): what the buyer, seller or marketplace was told, and on which channel
  'MESSAGE_SENT',
] as const;
export type OrderFactKind = (typeof ORDER_FACT_KINDS)[number];

/** A small, personal-data-free detail of a fact (ids, amounts, reasons, directions). */
export type OrderFactDetail = Record<string, string | number | boolean | null>;

/** What the status derivation needs of a fact: its kind, and the dispute it concerns (if any). */
export interface DerivableFact {
  kind: OrderFactKind;
  detail?: OrderFactDetail;
}
