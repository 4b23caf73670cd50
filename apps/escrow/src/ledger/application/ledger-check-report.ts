import type { Vnd } from '@trustcircle/kernel';

/** What the ledger check found. `ok` only when every list is empty and held money matches the open escrows. */
export interface LedgerCheckReport {
  ok: boolean;
  transactions: number;
  /** Transactions whose entries do not balance (or have fewer than two entries). */
  unbalancedTransactions: Array<{ id: string; idempotencyKey: string; net: Vnd; entries: number }>;
  /** Accounts whose stored totals differ from the sum of their entries. */
  driftedAccounts: Array<{ id: string; code: string; storedDebits: Vnd; storedCredits: Vnd; entryDebits: Vnd; entryCredits: Vnd }>;
  /** Sum of posted debits and credits over all accounts (equal in a sound ledger). */
  trialBalance: { debits: Vnd; credits: Vnd };
  /** Money in all held-funds accounts. */
  heldTotal: Vnd;
  /** Money held by escrows that are still open (not in a final state). Equals `heldTotal` in a sound ledger. */
  heldInOpenEscrows: Vnd;
  /** Held-funds accounts with money although their escrow is closed (or unknown). */
  heldOutsideOpenEscrows: Array<{ escrowId: string; state: string | null; held: Vnd }>;
}
