import type { Vnd } from '@trustcircle/kernel';

/** The kinds of line on a day with a payment partner. WARNING: wire values (JSON, CSV, statements), never rename. */
export const LINE_KINDS = ['PAYMENT', 'PAYOUT', 'REFUND'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/**
 * One of escrow's lines with a partner on a business day: a payment the partner reported (received that day),
 * or a payout / refund instruction the partner settled that day.
 */
export interface OurLine {
  kind: LineKind;
  /** The payment id or the instruction id. */
  id: string;
  /**
   * The key the partner knows the line by: the partner's transaction id for a payment; the instruction id (the
   * partner's idempotency key) for an instruction.
   */
  reference: string;
  /** Instructions: the partner's own reference given when settling (also accepted as the key); payments: null. */
  partnerReference: string | null;
  /** Refunds: the payment refunded (its partnerTxnId); otherwise null. */
  originalPartnerTxnId: string | null;
  /** The order (null for a payment or refund not matched to an order). */
  orderId: string | null;
  amount: Vnd;
  /** When escrow received the payment, or when the partner settled the instruction. */
  occurredAt: Date;
}

/** A line of a partner's statement. `index` is its position in the statement (0-based). */
export interface TheirLine {
  index: number;
  kind: LineKind;
  reference: string;
  amount: Vnd;
}

/** Escrow's totals with a partner on a day. */
export interface DayTotals {
  /** Payments received that day. */
  fundedAmount: Vnd;
  /** PAYOUT instructions settled that day. */
  payoutAmount: Vnd;
  /** REFUND instructions settled that day. */
  refundAmount: Vnd;
  /** Platform fees on releases posted that day of escrows first funded through this partner. */
  feeAmount: Vnd;
  lineCount: number;
}

/** Sums lines by kind (the fee comes from the ledger, not from lines). */
export function totalsOf(lines: readonly OurLine[], feeAmount: Vnd): DayTotals {
  const sum = (kind: LineKind): Vnd => lines.reduce((s, l) => (l.kind === kind ? s + l.amount : s), 0n);
  return { fundedAmount: sum('PAYMENT'), payoutAmount: sum('PAYOUT'), refundAmount: sum('REFUND'), feeAmount, lineCount: lines.length };
}
