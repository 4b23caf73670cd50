import type { EventOf, PayloadOf } from '@trustcircle/contracts';
import type { OrderFactDetail, OrderFactKind } from './order-fact-kind';

/** The escrow, delivery-tracking, disputes and notifications events orders consumes (the catalogue lists orders for each). */
export const ORDER_FACT_EVENT_TYPES = [
  'escrow.escrow-opened',
  'escrow.payment-received',
  'escrow.escrow-funded',
  'escrow.escrow-underpaid',
  'escrow.escrow-expired',
  'escrow.inspection-started',
  'escrow.inspection-ended',
  'escrow.escrow-released',
  'escrow.escrow-refunded',
  'escrow.escrow-paid-out',
  'escrow.hold-released',
  'escrow.cancellation-accepted',
  'escrow.cancellation-refused',
  'escrow.refund-instruction-issued',
  'escrow.instruction-settled',
  'escrow.refund-destination-required',
  'escrow.cod-remitted',
  'escrow.document-issued',
  'delivery.shipment-registered',
  'delivery.shipment-status-changed',
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
  'notifications.notification-sent',
] as const;
export type OrderFactEventType = (typeof ORDER_FACT_EVENT_TYPES)[number];

/** What an event says about an order, before it is recorded. */
export interface OrderFactFromEvent {
  orderId: string;
  kind: OrderFactKind;
  /** When the fact happened (from the payload; the envelope's time when the payload has none). */
  occurredAt: string;
  detail: OrderFactDetail;
  /** The event that told it: the fact's identity (recorded once per event id). */
  causeEventId: string;
  causeEventType: string;
}

/** The part of a fact a payload gives (every payload carries `orderId`, null only when about no order). */
type Mapped = Pick<OrderFactFromEvent, 'kind' | 'occurredAt' | 'detail'>;
type Mapper<T extends OrderFactEventType> = (data: PayloadOf<T>) => Mapped;

/**
 * One mapper per consumed event. Details carry ids, amounts, reasons and directions only: never names, phones,
 * addresses, courier notes, free text or account numbers.
 */
const MAPPERS: { [T in OrderFactEventType]: Mapper<T> } = {
  'escrow.escrow-opened': (d) => ({ kind: 'ESCROW_OPENED', occurredAt: d.openedAt, detail: { paymentMethod: d.paymentMethod, expectedAmount: d.expectedAmount } }),
  'escrow.payment-received': (d) => ({ kind: 'PAYMENT_RECEIVED', occurredAt: d.paidAt, detail: { amount: d.amount, totalPaid: d.totalPaid, match: d.match } }),
  'escrow.escrow-funded': (d) => ({ kind: 'ESCROW_FUNDED', occurredAt: d.fundedAt, detail: { heldAmount: d.heldAmount, source: d.source } }),
  'escrow.escrow-underpaid': (d) => ({ kind: 'ESCROW_UNDERPAID', occurredAt: d.detectedAt, detail: { paidAmount: d.paidAmount, shortfall: d.shortfall } }),
  'escrow.escrow-expired': (d) => ({ kind: 'ESCROW_EXPIRED', occurredAt: d.expiredAt, detail: { paidAmount: d.paidAmount } }),
  'escrow.inspection-started': (d) => ({ kind: 'INSPECTION_STARTED', occurredAt: d.deliveredAt, detail: { shipmentId: d.shipmentId, endsAt: d.endsAt } }),
  'escrow.inspection-ended': (d) => ({ kind: 'INSPECTION_ENDED', occurredAt: d.endedAt, detail: { reason: d.reason } }),
  'escrow.escrow-released': (d) => ({
    kind: 'ESCROW_RELEASED',
    occurredAt: d.releasedAt,
    detail: { amount: d.amount, reason: d.reason, afterPartialRefund: d.afterPartialRefund, disputeId: d.disputeId },
  }),
  'escrow.escrow-refunded': (d) => ({
    kind: refundKind(d.refundType, d.reason),
    occurredAt: d.refundedAt,
    detail: { amount: d.amount, refundType: d.refundType, reason: d.reason, disputeId: d.disputeId },
  }),
  'escrow.escrow-paid-out': (d) => ({ kind: 'ESCROW_PAID_OUT', occurredAt: d.paidOutAt, detail: { amount: d.amount } }),
  'escrow.hold-released': (d) => ({ kind: 'HOLD_RELEASED', occurredAt: d.releasedAt, detail: { disputeId: d.disputeId, reason: d.reason } }),
  'escrow.cancellation-accepted': (d) => ({ kind: 'CANCELLATION_ACCEPTED', occurredAt: d.acceptedAt, detail: { cancellationId: d.cancellationId, refundAmount: d.refundAmount } }),
  'escrow.cancellation-refused': (d) => ({ kind: 'CANCELLATION_REFUSED', occurredAt: d.refusedAt, detail: { cancellationId: d.cancellationId, reason: d.reason } }),
  'escrow.refund-instruction-issued': (d) => ({
    kind: 'REFUND_INSTRUCTION_ISSUED',
    occurredAt: d.issuedAt,
    detail: { instructionId: d.instructionId, amount: d.amount, reason: d.reason },
  }),
  'escrow.instruction-settled': (d) => ({
    kind: 'INSTRUCTION_SETTLED',
    occurredAt: d.settledAt,
    detail: { instructionId: d.instructionId, instructionKind: d.kind, amount: d.amount },
  }),
  'escrow.refund-destination-required': (d) => ({ kind: 'REFUND_DESTINATION_REQUIRED', occurredAt: d.requestedAt, detail: { amount: d.amount } }),
  'escrow.cod-remitted': (d) => ({ kind: 'COD_REMITTED', occurredAt: d.remittedAt, detail: { amount: d.amount } }),
  'escrow.document-issued': (d) => ({
    kind: 'DOCUMENT_ISSUED',
    occurredAt: d.issuedAt,
    detail: { documentId: d.documentId, documentKind: d.kind, subject: d.subject },
  }),
  'delivery.shipment-registered': (d) => ({ kind: 'SHIPMENT_REGISTERED', occurredAt: d.registeredAt, detail: { shipmentId: d.shipmentId, direction: d.direction } }),
  'delivery.shipment-status-changed': (d) => ({
    kind: 'SHIPMENT_CHECKPOINT',
    occurredAt: d.occurredAt,
    detail: { shipmentId: d.shipmentId, direction: d.direction, status: d.status, currentStatus: d.currentStatus, late: d.late },
  }),
  'delivery.shipment-first-scanned': (d) => ({
    kind: d.direction === 'OUTBOUND' ? 'OUTBOUND_PICKED_UP' : 'RETURN_PICKED_UP',
    occurredAt: d.scannedAt,
    detail: { shipmentId: d.shipmentId, direction: d.direction, status: d.status },
  }),
  'delivery.shipment-delivered': (d) => ({
    kind: d.direction === 'OUTBOUND' ? 'OUTBOUND_DELIVERED' : 'RETURN_DELIVERED',
    occurredAt: d.deliveredAt,
    detail: { shipmentId: d.shipmentId, direction: d.direction, codAmount: d.codAmount },
  }),
  'delivery.shipment-delivery-failed-finally': (d) => ({
    kind: d.direction === 'OUTBOUND' ? 'OUTBOUND_DELIVERY_FAILED' : 'RETURN_DELIVERY_FAILED',
    occurredAt: d.lastAttemptAt,
    detail: { shipmentId: d.shipmentId, direction: d.direction, attempts: d.attempts },
  }),
  'delivery.shipment-returned': (d) => ({
    kind: d.direction === 'OUTBOUND' ? 'OUTBOUND_RETURNED' : 'RETURN_SHIPMENT_RETURNED',
    occurredAt: d.returnedAt,
    detail: { shipmentId: d.shipmentId, direction: d.direction },
  }),
  'delivery.shipment-lost': (d) => ({ kind: 'SHIPMENT_LOST', occurredAt: d.lostAt, detail: { shipmentId: d.shipmentId, direction: d.direction } }),
  'disputes.dispute-opened': (d) => ({
    kind: 'DISPUTE_OPENED',
    occurredAt: d.openedAt,
    detail: { disputeId: d.disputeId, reason: d.reason, requestedOutcome: d.requestedOutcome, requestedAmount: d.requestedAmount },
  }),
  'disputes.hold-outcome-recorded': (d) => ({
    kind: 'HOLD_OUTCOME_RECORDED',
    occurredAt: d.recordedAt,
    detail: { disputeId: d.disputeId, outcome: d.outcome, moneyHeld: d.moneyHeld },
  }),
  'disputes.merchant-responded': (d) => ({ kind: 'MERCHANT_RESPONDED', occurredAt: d.respondedAt, detail: { disputeId: d.disputeId, action: d.action, amount: d.amount } }),
  'disputes.offer-made': (d) => ({ kind: 'OFFER_MADE', occurredAt: d.madeAt, detail: { disputeId: d.disputeId, offerId: d.offerId, amount: d.amount } }),
  'disputes.offer-accepted': (d) => ({ kind: 'OFFER_ACCEPTED', occurredAt: d.acceptedAt, detail: { disputeId: d.disputeId, offerId: d.offerId, amount: d.amount } }),
  'disputes.offer-declined': (d) => ({ kind: 'OFFER_DECLINED', occurredAt: d.declinedAt, detail: { disputeId: d.disputeId, offerId: d.offerId, declinedBy: d.declinedBy } }),
  'disputes.dispute-escalated': (d) => ({ kind: 'DISPUTE_ESCALATED', occurredAt: d.escalatedAt, detail: { disputeId: d.disputeId, escalatedBy: d.escalatedBy } }),
  'disputes.dispute-decided': (d) => ({ kind: 'DISPUTE_DECIDED', occurredAt: d.decidedAt, detail: { disputeId: d.disputeId, outcome: d.outcome, amount: d.amount } }),
  'disputes.dispute-resolved': (d) => ({
    kind: 'DISPUTE_RESOLVED',
    occurredAt: d.resolvedAt,
    detail: { disputeId: d.disputeId, outcome: d.outcome, refundAmount: d.refundAmount, resolvedBy: d.resolvedBy },
  }),
  'disputes.dispute-withdrawn': (d) => ({ kind: 'DISPUTE_WITHDRAWN', occurredAt: d.withdrawnAt, detail: { disputeId: d.disputeId } }),
  // Who was told what and how; never the recipient, not even masked.
  'notifications.notification-sent': (d) => ({
    kind: 'MESSAGE_SENT',
    occurredAt: d.sentAt,
    detail: { channel: d.channel, template: d.template, recipientRole: d.recipientRole },
  }),
};

/** Which refund fact an `escrow.escrow-refunded` is: the order's own outcome, or evidence of another one. */
function refundKind(refundType: PayloadOf<'escrow.escrow-refunded'>['refundType'], reason: PayloadOf<'escrow.escrow-refunded'>['reason']): OrderFactKind {
  if (reason === 'CANCELLATION') return 'CANCELLATION_REFUNDED';
  if (reason === 'UNDERPAID_EXPIRED') return 'EXPIRY_REFUNDED';
  if (reason === 'OVERPAYMENT' || reason === 'UNMATCHED_PAYMENT') return 'EXCESS_REFUNDED';
  return refundType === 'PARTIAL' ? 'REFUNDED_PARTIAL' : 'REFUNDED_FULL';
}

/** The fact an event records about an order; null when the event concerns no order. */
export function orderFactOf<T extends OrderFactEventType>(event: EventOf<T>): OrderFactFromEvent | null {
  const mapped = (MAPPERS[event.type] as Mapper<T>)(event.data);
  const orderId = (event.data as { orderId: string | null }).orderId;
  if (!orderId) return null;
  return { orderId, kind: mapped.kind, occurredAt: mapped.occurredAt, detail: mapped.detail, causeEventId: event.id, causeEventType: event.type };
}
