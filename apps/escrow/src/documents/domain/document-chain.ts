/** The head of a chain: its last document's sequence and SHA-256, or none yet. */
export interface ChainHead {
  sequence: number;
  sha256: string;
}

/** The link a new document takes: the next sequence and the previous document's hash (null for the first). */
export function nextLink(head: ChainHead | null): { sequence: number; previousSha256: string | null } {
  return head ? { sequence: head.sequence + 1, previousSha256: head.sha256 } : { sequence: 1, previousSha256: null };
}

/** The chain key of an order's documents, and of a payment partner's settlement statements. */
export function chainKeyOf(ref: { orderId: string } | { partnerId: string }): string {
  return 'orderId' in ref ? `order:${ref.orderId}` : `partner:${ref.partnerId}`;
}

/**
 * Whether documents (in sequence order) form an unbroken chain: sequences 1, 2, 3… and each document's
 * `previousSha256` the hash of the one before (null for the first).
 */
export function chainIsUnbroken(documents: ReadonlyArray<{ sequence: number; sha256: string; previousSha256: string | null }>): boolean {
  return documents.every((d, i) => d.sequence === i + 1 && d.previousSha256 === (i === 0 ? null : documents[i - 1].sha256));
}
