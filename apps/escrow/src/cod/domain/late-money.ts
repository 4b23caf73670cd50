import type { RefundReason, ReleaseReason } from '@trustcircle/contracts';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import type { LateCodMoney } from '../infrastructure/cod-parcel.orm-entity';

/** Where one late line's cash goes: to the buyer (`refund`) and to the seller (`release`); they add up to the line. */
export interface LateMoneySplit {
  refund: Vnd;
  release: Vnd;
}

/** How a COD escrow decided its money, as `EscrowMoney` moved it. */
export type CodMoneyDecision =
  /** Everything held released to the seller. */
  | { kind: 'RELEASED'; reason: ReleaseReason }
  /**
   * Everything held refunded to the buyer. `owed`: what the decision gives the buyer in all (a partial outcome
   * larger than what was held), or null for a full refund (everything remitted later is refunded too).
   */
  | { kind: 'REFUNDED'; reason: RefundReason; refunded: Vnd; owed: Vnd | null }
  /** Part of what was held refunded, the rest released (a partial outcome smaller than what was held). */
  | { kind: 'PARTIALLY_REFUNDED'; reason: RefundReason };

/**
 * The rule late COD cash follows after `decision` (pure). A release: everything later goes to the seller. A full
 * refund: everything later goes to the buyer. A partial outcome: the buyer gets what the outcome still owes
 * (`owed − refunded`, never below 0), the seller the rest.
 */
export function lateMoneyRule(decision: CodMoneyDecision, disputeId: string | null, expected: Vnd, at: Date): LateCodMoney {
  const base = { disputeId, decidedAt: at.toISOString() };
  switch (decision.kind) {
    case 'RELEASED':
      return { ...base, refundDue: '0', refundReason: null, releaseReason: decision.reason };
    case 'PARTIALLY_REFUNDED':
      return { ...base, refundDue: '0', refundReason: decision.reason, releaseReason: 'DISPUTE_OUTCOME' };
    case 'REFUNDED': {
      const owed = decision.owed ?? expected;
      const due = owed > decision.refunded ? owed - decision.refunded : 0n;
      return { ...base, refundDue: due.toString(), refundReason: decision.reason, releaseReason: decision.owed === null ? null : 'DISPUTE_OUTCOME' };
    }
  }
}

/**
 * Splits one late line's `amount` by `rule` (pure): the buyer first, up to what is still due, the seller the rest;
 * with no release reason (a full refund was decided) the buyer gets all of it.
 */
export function splitLateMoney(amount: Vnd, rule: LateCodMoney): LateMoneySplit {
  if (rule.releaseReason === null) return { refund: amount, release: 0n };
  const due = toVnd(rule.refundDue);
  const refund = rule.refundReason === null || due <= 0n ? 0n : due < amount ? due : amount;
  return { refund, release: amount - refund };
}

/** The rule after a late line refunded `refunded` (what is still due shrinks by it). */
export function afterLateRefund(rule: LateCodMoney, refunded: Vnd): LateCodMoney {
  const due = toVnd(rule.refundDue) - refunded;
  return { ...rule, refundDue: (due > 0n ? due : 0n).toString() };
}

/**
 * The rule for an escrow that decided before it recorded one (never for escrows decided through `EscrowMoney`,
 * which records it): a refunded escrow refunds late cash, any other releases it.
 */
export function fallbackLateMoney(state: string, at: Date): LateCodMoney {
  const base = { refundDue: '0', disputeId: null, decidedAt: at.toISOString() };
  return state === 'REFUNDED' ? { ...base, refundReason: 'OPERATOR', releaseReason: null } : { ...base, refundReason: null, releaseReason: 'INSPECTION_WINDOW_ELAPSED' };
}
