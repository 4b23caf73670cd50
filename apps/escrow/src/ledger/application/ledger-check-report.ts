import type { Vnd } from '@trustcircle/kernel';

/** What the ledger check found. `ok` only when every list is empty and held money matches the open escrows. */
export interface LedgerCheckReport {
  ok: boolean;
  transactions: number;
  /** Transactions whose entries do not balance (or have fewer than two entries). */
  unbalancedTransactions: Array<{ id: string; idempotencyKey: string; net: Vnd; entries: number; orderId: string | null; firstEntryId: string | null }>;
  /**
   * Accounts whose stored totals differ from the sum of their entries: POSTED totals against the entries of posted
   * transactions, PENDING totals against those of pending transactions not resolved yet.
   */
  driftedAccounts: Array<{ id: string; code: string; phase: 'POSTED' | 'PENDING'; storedDebits: Vnd; storedCredits: Vnd; entryDebits: Vnd; entryCredits: Vnd }>;
  /** Sum of posted debits and credits over all accounts (equal in a sound ledger). */
  trialBalance: { debits: Vnd; credits: Vnd };
  /** Money in all held-funds accounts. */
  heldTotal: Vnd;
  /** Money held by escrows that are still open (not in a final state). Equals `heldTotal` in a sound ledger. */
  heldInOpenEscrows: Vnd;
  /** Held-funds accounts with money although their escrow is closed (or unknown). */
  heldOutsideOpenEscrows: Array<{ escrowId: string; state: string | null; held: Vnd }>;
  /**
   * Escrows whose money does not add up: funded (+ clawed back: from the seller's receivable and the fee returned)
   * ≠ released (seller + fee) + refunded + still held.
   * See `CONSERVATION_SQL` for how entries are attributed to an escrow.
   */
  conservationBroken: Array<{ escrowId: string; orderId: string | null; funded: Vnd; clawedBack: Vnd; released: Vnd; refunded: Vnd; held: Vnd }>;
  /** Accounts of a type that must never be negative whose posted balance (on their normal side) is below zero. */
  negativeBalances: Array<{ id: string; code: string; type: string; escrowId: string | null; orderId: string | null; balance: Vnd }>;
  /** The order id of every escrow named in the report (escrows unknown to the escrow table are left out). */
  orderIds: Record<string, string>;
}
