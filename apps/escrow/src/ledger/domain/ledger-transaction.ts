import type { Vnd } from '@trustcircle/kernel';
import { type LedgerAccountRef, type LedgerSide, ledgerAccountCode } from './ledger-account';
import { LedgerError } from './ledger-error';

/**
 * What a transaction is for; part of its idempotency key. Money in (FUND; PARK_PAYMENT into suspense and
 * MATCH_PARKED_PAYMENT out of it), money decided (RELEASE, REFUND, PARTIAL_REFUND), money leaving through a
 * partner (SETTLE_PAYOUT, SETTLE_REFUND), claw-backs (CLAWBACK, CLAWBACK_RECOVERY) and operators' CORRECTION.
 */
export const LEDGER_PURPOSES = [
  'FUND',
  'PARK_PAYMENT',
  'MATCH_PARKED_PAYMENT',
  'RELEASE',
  'REFUND',
  'PARTIAL_REFUND',
  'SETTLE_PAYOUT',
  'SETTLE_REFUND',
  'CLAWBACK',
  'CLAWBACK_RECOVERY',
  'CORRECTION',
] as const;
export type LedgerPurpose = (typeof LEDGER_PURPOSES)[number];

/** One line of a transaction: an amount (> 0) on one side of one account. */
export interface LedgerPosting {
  account: LedgerAccountRef;
  side: LedgerSide;
  amount: Vnd;
}

/**
 * A balanced set of postings, posted at most once per idempotency key (the cause event id + purpose, so the same
 * business fact never moves money twice). Entries are immutable: a correction is a new transaction.
 */
export interface LedgerTransaction {
  idempotencyKey: string;
  purpose: LedgerPurpose;
  escrowId: string | null;
  orderId: string | null;
  postings: readonly LedgerPosting[];
  metadata: Record<string, string>;
}

/** The idempotency key of a business fact: its cause (event id, instruction id…) and what the posting is for. */
export function idempotencyKeyOf(causeId: string, purpose: LedgerPurpose): string {
  return `${causeId}:${purpose}`;
}

/** Sum of debits and of credits of a set of postings. */
export function sidesTotal(postings: readonly LedgerPosting[]): { debits: Vnd; credits: Vnd } {
  let debits = 0n;
  let credits = 0n;
  for (const p of postings) {
    if (p.side === 'DEBIT') debits += p.amount;
    else credits += p.amount;
  }
  return { debits, credits };
}

/** Refuses a malformed transaction: no key, fewer than two postings, a non-bigint or non-positive amount, or unbalanced. */
export function assertValidTransaction(tx: LedgerTransaction): void {
  if (!tx.idempotencyKey.trim()) throw new LedgerError('MISSING_IDEMPOTENCY_KEY', 'a transaction needs an idempotency key');
  if (tx.postings.length < 2) throw new LedgerError('EMPTY', `${tx.idempotencyKey} has ${tx.postings.length} postings`);
  for (const p of tx.postings) {
    if (typeof p.amount !== 'bigint') throw new LedgerError('NOT_BIGINT', `${ledgerAccountCode(p.account)}: amount is a ${typeof p.amount}`);
    if (p.amount <= 0n) throw new LedgerError('NON_POSITIVE_AMOUNT', `${ledgerAccountCode(p.account)}: ${p.amount}`);
  }
  const { debits, credits } = sidesTotal(tx.postings);
  if (debits !== credits) throw new LedgerError('UNBALANCED', `${tx.idempotencyKey}: debits ${debits} ≠ credits ${credits}`);
}

/** Builds a transaction and checks it balances. */
export function ledgerTransaction(tx: Omit<LedgerTransaction, 'metadata'> & { metadata?: Record<string, string> }): LedgerTransaction {
  const built: LedgerTransaction = { ...tx, metadata: tx.metadata ?? {} };
  assertValidTransaction(built);
  return built;
}
