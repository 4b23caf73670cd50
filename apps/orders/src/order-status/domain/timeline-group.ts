import type { OrderFactKind } from './order-fact-kind';

/** The strands of the buyer's unified timeline. */
export type TimelineGroup = 'MONEY' | 'PARCEL' | 'COMPLAINT' | 'MESSAGE';

const PARCEL = /^(SHIPMENT_|OUTBOUND_|RETURN_)/;
const COMPLAINT = /^(DISPUTE_|HOLD_OUTCOME_|MERCHANT_|OFFER_)/;

/** Which strand of the timeline a fact belongs to. */
export function timelineGroupOf(kind: OrderFactKind): TimelineGroup {
  if (kind === 'MESSAGE_SENT') return 'MESSAGE';
  if (PARCEL.test(kind)) return 'PARCEL';
  if (COMPLAINT.test(kind)) return 'COMPLAINT';
  return 'MONEY';
}
