import { formatVnd } from '../../format/vnd';
import { formatVnTime } from '../../format/vn-time';
import { enumLabel } from '../overview/overview-figures';
import type { FactDetail } from './order-types';

/** Reads a fact's detail for a sentence: '' (or null) for what the detail does not hold. */
export interface DetailReader {
  /** Whole VND, formatted (`1.235.000 ₫`); '' when absent. */
  vnd(key: string): string;
  /** A number as it is; null when absent. */
  num(key: string): number | null;
  /** An instant in Vietnam time (`21:30 29/11/2026`); '' when absent. */
  time(key: string): string;
  /** An enum in words (`PARTIALLY_REFUNDED` → `partially refunded`); '' when absent. */
  words(key: string): string;
  /** A string as it is; '' when absent. */
  str(key: string): string;
  flag(key: string): boolean;
}

export function detailReader(detail: FactDetail): DetailReader {
  const value = (key: string) => detail[key] ?? null;
  const str = (key: string) => {
    const v = value(key);
    return v === null ? '' : String(v);
  };
  return {
    vnd: (key) => {
      const v = value(key);
      return typeof v === 'number' ? formatVnd(v) : typeof v === 'string' && /^\d+$/.test(v) ? formatVnd(Number(v)) : '';
    },
    num: (key) => {
      const v = value(key);
      return typeof v === 'number' ? v : null;
    },
    time: (key) => (typeof value(key) === 'string' ? formatVnTime(str(key)) : ''),
    words: (key) => (str(key) ? enumLabel(str(key)).toLowerCase() : ''),
    str,
    flag: (key) => value(key) === true,
  };
}

/** Dispute outcomes as operators say them. */
const OUTCOMES: Record<string, string> = {
  REFUND_FULL: 'a full refund',
  REFUND_PARTIAL: 'a partial refund',
  RELEASE_TO_SELLER: 'release to the seller',
  RETURN_AND_REFUND: 'return and refund',
};
const outcome = (d: DetailReader, key: string) => OUTCOMES[d.str(key)] ?? d.words(key);

/** ` (text)` when there is text, else ''. */
const paren = (text: string) => (text ? ` (${text})` : '');
/** `prefix + text` when there is text, else ''. */
const opt = (prefix: string, text: string, suffix = '') => (text ? `${prefix}${text}${suffix}` : '');
const who = (role: string) => (role ? `the ${role}` : 'someone');

type Sentence = (d: DetailReader) => string;

/**
 * Each event the console keeps on an order's timeline, as one plain English sentence for operators (from the ids,
 * amounts, states and times the read model keeps: never a name, phone, address or free text).
 */
export const FACT_SENTENCES: Record<string, Sentence> = {
  'orders.order-placed': (d) =>
    `Order ${d.str('code') || 'placed'} placed${opt(': ', d.vnd('totalAmount'))}${d.str('paymentMethod') === 'COD' ? ', cash on delivery' : d.str('paymentMethod') ? ', prepaid' : ''}${opt(', to be paid by ', d.time('paymentExpiresAt'))}`,
  'orders.order-status-changed': (d) => `Status changed to ${d.words('status') || 'unknown'}${opt(' (was ', d.words('previousStatus'), ')')}`,
  'orders.cancellation-requested': () => 'The marketplace asked to cancel the order',
  'escrow.escrow-opened': (d) => `Escrow opened${opt(', expecting ', d.vnd('expectedAmount'))}${opt(', to be funded by ', d.time('fundingDeadline'))}`,
  'escrow.payment-received': (d) =>
    `Payment of ${d.vnd('amount') || 'an amount'} received${paren(d.words('match'))}${(d.num('shortfall') ?? 0) > 0 ? `, ${d.vnd('shortfall')} short` : ''}${(d.num('excess') ?? 0) > 0 ? `, ${d.vnd('excess')} too much` : ''}`,
  'escrow.payment-parked': (d) => `A payment of ${d.vnd('amount') || 'an amount'} was parked: it matched no order`,
  'escrow.parked-payment-expired': (d) => `A parked payment of ${d.vnd('amount') || 'an amount'} expired unmatched and is refunded`,
  'escrow.escrow-funded': (d) => `Escrow funded: ${d.vnd('heldAmount') || 'the order amount'} held${(d.num('excessAmount') ?? 0) > 0 ? `, ${d.vnd('excessAmount')} paid too much` : ''}`,
  'escrow.escrow-underpaid': (d) => `Underpaid: ${d.vnd('paidAmount') || 'less'} paid of ${d.vnd('expectedAmount') || 'the amount due'}${opt(' (', d.vnd('shortfall'), ' short)')}`,
  'escrow.escrow-expired': (d) => `Escrow expired before it was funded${opt(' (', d.vnd('paidAmount'), ' paid)')}`,
  'escrow.inspection-started': (d) => `Inspection period started${d.num('inspectionDays') !== null ? `: ${d.num('inspectionDays')} days` : ''}${opt(', until ', d.time('endsAt'))}`,
  'escrow.inspection-ended': (d) => `Inspection period ended${paren(d.words('reason'))}`,
  'escrow.escrow-released': (d) =>
    `${d.vnd('amount') || 'Money'} released to the seller${d.vnd('sellerAmount') ? ` (${d.vnd('sellerAmount')} after a ${d.vnd('feeAmount') || '0 ₫'} fee)` : ''}${opt(', reason: ', d.words('reason'))}`,
  'escrow.escrow-refunded': (d) => `${enumLabel(d.str('refundType') || 'REFUND')} refund of ${d.vnd('amount') || 'an amount'} to the buyer${opt(', reason: ', d.words('reason'))}`,
  'escrow.escrow-paid-out': (d) => `${d.vnd('amount') || 'Money'} paid out to the seller by the payment partner`,
  'escrow.hold-accepted': (d) => `Escrow holds ${d.vnd('heldAmount') || 'the money'} for the dispute${d.flag('awaitingFunds') ? ' (awaiting the funds)' : ''}`,
  'escrow.hold-refused': (d) => `Escrow refused to hold the money for the dispute${paren(d.words('reason'))}`,
  'escrow.hold-released': (d) => `Escrow released its hold for the dispute${paren(d.words('reason'))}${opt('; inspection until ', d.time('inspectionEndsAt'))}`,
  'escrow.cancellation-accepted': (d) => `Cancellation accepted${opt(': ', d.vnd('refundAmount'), ' to refund')}`,
  'escrow.cancellation-refused': (d) => `Cancellation refused${paren(d.words('reason'))}`,
  'escrow.payout-instruction-issued': (d) => `Payout of ${d.vnd('amount') || 'an amount'} sent to the payment partner`,
  'escrow.refund-instruction-issued': (d) => `Refund of ${d.vnd('amount') || 'an amount'} sent to the payment partner`,
  'escrow.instruction-settled': (d) => `${enumLabel(d.str('kind') || 'INSTRUCTION')} of ${d.vnd('amount') || 'an amount'} settled by the payment partner`,
  'escrow.instruction-failed': (d) =>
    `${enumLabel(d.str('kind') || 'INSTRUCTION')} of ${d.vnd('amount') || 'an amount'} failed${d.num('attempt') !== null ? ` (attempt ${d.num('attempt')})` : ''}${opt('; next: ', d.words('nextAction'))}${opt(' at ', d.time('nextAttemptAt'))}`,
  'escrow.payout-account-missing': (d) => `The seller has no payout account: ${d.vnd('amount') || 'the money'} cannot be paid out yet`,
  'escrow.refund-destination-required': (d) => `The buyer must give a refund destination for ${d.vnd('amount') || 'the refund'}`,
  'escrow.cod-collection-mismatch': (d) => `The courier collected ${d.vnd('collectedAmount') || 'a different amount'} at the door instead of ${d.vnd('expectedAmount') || 'the amount due'}`,
  'escrow.cod-remitted': (d) => `The courier remitted ${d.vnd('amount') || 'the'} COD cash${opt(' (collected ', d.time('collectedAt'), ')')}`,
  'escrow.manual-action-proposed': (d) => `Manual action proposed: ${d.words('kind') || 'an action'}${opt(' of ', d.vnd('amount'))}`,
  'escrow.manual-action-decided': (d) => `Manual action ${d.words('kind') || ''} ${d.words('decision') || 'decided'}`.replace(/\s+/g, ' '),
  'escrow.clawback-recorded': (d) => `Claw-back of ${d.vnd('amount') || 'an amount'} from the seller recorded`,
  'escrow.ledger-check-failed': (d) => `Ledger check failed${paren(d.words('rule'))}`,
  'escrow.partner-settlement-closed': (d) => `Partner settlement closed${opt(' for ', d.str('businessDate'))}`,
  'escrow.partner-statement-reconciled': (d) => `Partner statement reconciled${opt(' for ', d.str('businessDate'))}${d.flag('balanced') ? ': balanced' : ''}`,
  'escrow.document-issued': (d) => `Document issued${opt(': ', d.words('kind'))}`,
  'delivery.shipment-registered': (d) =>
    `${d.str('direction') === 'RETURN' ? 'Return shipment' : 'Shipment'}${opt(' ', d.str('trackingNumber'))} registered with the courier${opt(', expected by ', d.time('expectedDeliveryAt'))}`,
  'delivery.shipment-status-changed': (d) =>
    `Courier checkpoint: ${d.words('status') || 'update'}${d.flag('late') ? ' (late)' : ''}${d.flag('flagged') ? `, flagged${opt(': ', d.words('flagReason'))}` : ''}${opt(', ', d.vnd('codAmount'), ' collected')}`,
  'delivery.shipment-first-scanned': (d) => `The courier picked up the parcel${opt(' (', d.str('trackingNumber'), ')')}`,
  'delivery.shipment-delivered': (d) => `${d.str('direction') === 'RETURN' ? 'Return delivered to the seller' : 'Delivered to the buyer'}${opt(', ', d.vnd('codAmount'), ' collected at the door')}`,
  'delivery.shipment-delivery-failed-finally': (d) => `Delivery failed for good${d.num('attempts') !== null ? ` after ${d.num('attempts')} attempts` : ''}`,
  'delivery.shipment-returned': () => 'The parcel went back to the seller',
  'delivery.shipment-lost': () => 'The courier reported the parcel lost',
  'disputes.dispute-opened': (d) =>
    `Dispute opened${opt(': ', d.words('reason'))}${opt(', the buyer asks for ', outcome(d, 'requestedOutcome'))}${opt(' of ', d.vnd('requestedAmount'))}${d.flag('vulnerable') ? ' (vulnerable consumer)' : ''}${opt('; the merchant must answer by ', d.time('merchantResponseDueAt'))}`,
  'disputes.hold-requested': () => 'The dispute asked escrow to hold the money',
  'disputes.hold-outcome-recorded': (d) => `Hold ${d.words('outcome') || 'answered'}${paren(d.words('refusalReason'))}`,
  'disputes.merchant-responded': (d) => `The merchant responded: ${d.words('action') || 'answered'}${opt(' ', d.vnd('amount'))}${d.str('onTime') === 'false' ? ' (late)' : ''}${opt('; the buyer must answer by ', d.time('buyerDueAt'))}`,
  'disputes.offer-made': (d) => `The merchant offered ${d.vnd('amount') || 'a refund'}${opt('; the buyer must answer by ', d.time('buyerDueAt'))}`,
  'disputes.offer-accepted': (d) => `The buyer accepted the offer${opt(' of ', d.vnd('amount'))}`,
  'disputes.offer-declined': (d) => `The offer was declined by ${who(d.words('declinedBy'))}`,
  'disputes.dispute-escalated': (d) =>
    `Escalated to mediation by ${who(d.words('escalatedBy'))}${d.flag('priority') ? ' (priority)' : ''}${opt('; the mediator must decide by ', d.time('mediatorDueAt'))}`,
  'disputes.dispute-decided': (d) => `The mediator decided: ${outcome(d, 'outcome') || 'a decision'}${opt(' of ', d.vnd('amount'))}${d.str('onTime') === 'false' ? ' (after the deadline)' : ''}`,
  'disputes.dispute-resolved': (d) => `Dispute resolved: ${outcome(d, 'outcome') || 'closed'}${(d.num('refundAmount') ?? 0) > 0 ? `, ${d.vnd('refundAmount')} refunded` : ''}${opt(' (', d.words('resolvedBy'), ')')}`,
  'disputes.dispute-withdrawn': () => 'The buyer withdrew the dispute',
  'disputes.return-deadline-passed': (d) => `The return deadline passed${opt(' (due ', d.time('dueAt'), ')')}`,
  'disputes.deadline-reminder': (d) => `Reminder sent to ${who(d.words('recipientRole'))}${opt(': ', d.words('deadline'))}${opt(' due ', d.time('dueAt'))}`,
  'disputes.vulnerable-flag-changed': (d) => `${d.flag('vulnerable') ? 'Marked as a vulnerable consumer' : 'Vulnerable consumer mark removed'}${paren(d.words('category'))}`,
  'disputes.clawback-requested': (d) => `The dispute asked for a claw-back of ${d.vnd('amount') || 'an amount'} from the seller`,
  'notifications.notification-sent': (d) => `${channel(d)} sent to ${who(d.words('recipientRole'))}${opt(' (', d.str('recipientMasked'), ')')}${opt(', template ', d.str('template'))}`,
  'notifications.notification-failed': (d) =>
    `${channel(d)} to ${who(d.words('recipientRole'))} failed${d.num('attempt') !== null ? ` (attempt ${d.num('attempt')})` : ''}${d.flag('final') ? '; given up' : opt('; retrying at ', d.time('nextAttemptAt'))}`,
  'notifications.webhook-endpoint-disabled': (d) => `Webhook endpoint${opt(' at ', d.str('urlHost'))} disabled`,
  'platform.operator-alert-raised': (d) => `Operator alert${paren(d.words('severity'))}${opt(': ', d.str('code'))}`,
};

function channel(d: DetailReader): string {
  const c = d.str('channel');
  return c === 'SMS' ? 'SMS' : c ? enumLabel(c) : 'A message';
}

/** One timeline fact in a plain English sentence (an unknown type: its name in words). */
export function factSentence(type: string, detail: FactDetail): string {
  const sentence = FACT_SENTENCES[type];
  if (sentence) return sentence(detailReader(detail));
  return enumLabel(type.slice(type.indexOf('.') + 1));
}

/** The service that told a fact, as operators name it. */
export function serviceLabel(service: string): string {
  return service === 'delivery-tracking' ? 'Delivery' : enumLabel(service);
}

/** The disputes an order's facts mention, in the order they first appear. */
export function disputesOf(facts: ReadonlyArray<{ detail: FactDetail }>): string[] {
  const ids: string[] = [];
  for (const f of facts) {
    const id = f.detail.disputeId;
    if (typeof id === 'string' && id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
