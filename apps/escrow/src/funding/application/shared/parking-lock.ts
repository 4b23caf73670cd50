import type { EntityManager } from 'typeorm';

/** What a payment names its order by: the order id, or the payment reference the buyer quoted. */
export type PaymentTarget = { orderId: string } | { paymentReference: string };

function lockKey(target: PaymentTarget): string {
  return 'orderId' in target ? `parking:order:${target.orderId}` : `parking:reference:${target.paymentReference}`;
}

/**
 * Serialises parking a payment for `targets` with opening the escrow they name (transaction-scoped advisory
 * locks, taken in a fixed order). Parking takes its target's lock, then looks for the escrow; matching (in the
 * transaction that inserts the escrow) takes both of the escrow's locks, then looks for parked payments. Either
 * the parker sees the committed escrow (and applies the payment at once) or the matcher sees the committed parked
 * payment: a payment cannot be parked unseen for an escrow being opened.
 */
export async function lockParkingTargets(m: EntityManager, targets: readonly PaymentTarget[]): Promise<void> {
  for (const key of targets.map(lockKey).sort()) await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
}
