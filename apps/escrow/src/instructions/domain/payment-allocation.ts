import type { Vnd } from '@trustcircle/kernel';

/** A payment money can go back against (refund) or be paid out from (payout), with what is left of it. */
export interface PaymentCapacity {
  paymentId: string;
  partnerId: string;
  partnerTxnId: string;
  /** The payment's amount minus what was already refunded against it; never below 0. */
  capacity: Vnd;
}

/** One part of an allocation. */
export interface PaymentShare {
  payment: PaymentCapacity;
  amount: Vnd;
}

/** The payments cannot cover the amount: a bug in the caller (it moved money escrow never received). */
export class AllocationError extends Error {
  override name = 'AllocationError';
}

/**
 * Spreads `amount` (> 0) over `payments` in their order (oldest received first), each share capped at the
 * payment's capacity; payments with nothing left are skipped. @throws AllocationError if they cannot cover it.
 */
export function allocateOverPayments(amount: Vnd, payments: readonly PaymentCapacity[]): PaymentShare[] {
  if (amount <= 0n) throw new AllocationError(`an allocation must be > 0, got ${amount}`);
  const shares: PaymentShare[] = [];
  let left = amount;
  for (const payment of payments) {
    if (left === 0n) break;
    if (payment.capacity <= 0n) continue;
    const share = payment.capacity < left ? payment.capacity : left;
    shares.push({ payment, amount: share });
    left -= share;
  }
  if (left > 0n) throw new AllocationError(`payments cover ${amount - left} of ${amount}`);
  return shares;
}

/** Sums shares per partner, partners in the order of their first share. */
export function sharesByPartner(shares: readonly PaymentShare[]): Array<{ partnerId: string; amount: Vnd }> {
  const byPartner = new Map<string, Vnd>();
  for (const s of shares) byPartner.set(s.payment.partnerId, (byPartner.get(s.payment.partnerId) ?? 0n) + s.amount);
  return [...byPartner].map(([partnerId, amount]) => ({ partnerId, amount }));
}

/** What the payments can still cover of `amount`: `amount` itself, or less when their capacity falls short. */
export function coverable(amount: Vnd, payments: readonly PaymentCapacity[]): Vnd {
  const total = payments.reduce((sum, p) => sum + (p.capacity > 0n ? p.capacity : 0n), 0n);
  return total < amount ? total : amount;
}
