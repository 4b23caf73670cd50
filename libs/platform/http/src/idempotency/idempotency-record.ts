/** A request that began and has not finished yet. */
export interface ProcessingRecord {
  state: 'processing';
  fingerprint: string;
  startedAt: string;
  /** Random token of the request holding the key, so it only ever releases its own lock. */
  owner: string;
}

/** The stored outcome of a request, replayed to retries. */
export interface CompletedRecord {
  state: 'completed';
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  /** The body as JSON text; null for an empty body. */
  body: string | null;
  completedAt: string;
}

/** What Redis holds under an idempotency key. */
export type IdempotencyRecord = ProcessingRecord | CompletedRecord;

/** What the store found when a request tried to take a key. */
export type BeginOutcome =
  | { kind: 'started'; lock: ProcessingRecord }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' }
  | { kind: 'completed'; record: CompletedRecord };
