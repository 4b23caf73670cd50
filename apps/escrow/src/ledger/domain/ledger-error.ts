/** Why the ledger refused a transaction. */
export type LedgerErrorCode =
  | 'UNBALANCED'
  | 'EMPTY'
  | 'NON_POSITIVE_AMOUNT'
  | 'NOT_BIGINT'
  | 'MISSING_IDEMPOTENCY_KEY'
  | 'HELD_FUNDS_NEGATIVE'
  | 'SUSPENSE_NEGATIVE'
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_PENDING'
  | 'NOT_PENDING'
  | 'PENDING_UNDERFLOW';

/** A refused ledger transaction: nothing of it is written. */
export class LedgerError extends Error {
  constructor(
    readonly code: LedgerErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'LedgerError';
  }
}
