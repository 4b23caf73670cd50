/**
 * A stored evidence file whose bytes are not what was recorded when it was put: its object is missing, or its
 * size or SHA-256 differs from its row. Evidence is never served in that state; operators restore the object
 * (a versioned bucket keeps the original) and look into how it changed.
 */
export class EvidenceIntegrityError extends Error {
  constructor(
    readonly fileId: string,
    reason: string,
  ) {
    super(`evidence store: file ${fileId} ${reason}`);
    this.name = 'EvidenceIntegrityError';
  }
}
