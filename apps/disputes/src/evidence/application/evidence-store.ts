import type { EntityManager } from 'typeorm';
import type { DetectedFileType } from '../domain/file-type';

/** What the store knows of one stored evidence file. */
export interface StoredEvidenceFile {
  id: string;
  /** SHA-256 of the bytes, lower-case hex: what parties and mediators can check a copy against. */
  sha256: string;
  size: number;
  /** The type detected from the bytes (never the declared one). */
  contentType: DetectedFileType;
  createdAt: Date;
}

/** A stored file read back: its bytes (at most the largest evidence size, so a buffer) and what is known of it. */
export interface EvidenceFileContent {
  bytes: Buffer;
  meta: StoredEvidenceFile;
}

/**
 * Where evidence files live. The trail is append-only: a file is put once and read any number of times; there
 * is no update and no delete. Callers check the bytes first (`checkEvidenceFile`) and pass the detected type;
 * a store refuses bytes whose detected type is not the one given.
 *
 * On this stack, PostgreSQL large objects (`PostgresLargeObjectEvidenceStore`). An S3-compatible adapter would
 * implement the same interface: `put` computes the SHA-256, writes the object under a fresh uuid key with
 * `If-None-Match: *` (never overwriting) and the detected `Content-Type`, in a bucket with versioning and
 * Object Lock (compliance mode) so nothing can be deleted or replaced, and records the same metadata row in
 * PostgreSQL in the caller's transaction (an object whose row never committed is an orphan a sweeper may
 * remove; a row never points to a missing object). `get` reads the row, then the object, and checks its size
 * and SHA-256 against the row. Its credentials and bucket would come from the service's env schema.
 */
export interface EvidenceStore {
  /**
   * Stores `bytes` as a new evidence file of the detected `contentType`. With `manager`, the file joins the
   * caller's transaction (it exists only if that commits); without, it commits on its own.
   */
  put(bytes: Buffer, meta: { contentType: DetectedFileType }, manager?: EntityManager): Promise<StoredEvidenceFile>;

  /** The file's bytes and metadata, or `null` when no file has that id. */
  get(id: string, manager?: EntityManager): Promise<EvidenceFileContent | null>;
}

/** Injection token of the `EvidenceStore`. */
export const EVIDENCE_STORE = Symbol.for('trustcircle.disputes.evidence-store');
