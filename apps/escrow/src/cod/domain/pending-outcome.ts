import type { DisputeOutcome } from '@trustcircle/contracts';
import { type Vnd, toVnd } from '@trustcircle/kernel';

/**
 * What a dispute outcome decided before any COD cash arrived gives the buyer (pure): REFUND_FULL the order total,
 * REFUND_PARTIAL its refund amount (at most the total), RELEASE_TO_SELLER nothing. RETURN_AND_REFUND is never
 * stored pending: it waits for the return, as for prepaid orders.
 */
export function pendingRefundOf(outcome: Exclude<DisputeOutcome, 'RETURN_AND_REFUND'>, refundAmount: number, expected: Vnd): Vnd {
  if (outcome === 'RELEASE_TO_SELLER') return 0n;
  if (outcome === 'REFUND_FULL') return expected;
  const refund = toVnd(refundAmount);
  return refund < expected ? refund : expected;
}
