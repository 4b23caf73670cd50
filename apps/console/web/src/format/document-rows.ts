import type { IssuedDocument } from '../api/wire-types';

/** One line of the portal's document list. */
export interface DocumentRow {
  id: string;
  number: string;
  /** The document's Vietnamese title as printed (legal documents are Vietnamese in every language of the portal). */
  title: string;
  issuedAt: string;
  /** The document's first amount line (what it is about: held, released, refunded, paid out…); null when none. */
  headline: { label: string; amount: number } | null;
  /** The first 16 hex digits of the SHA-256, enough to tell documents apart at a glance. */
  fingerprint: string;
  /** The file name the PDF is saved under. */
  fileName: string;
}

/** The buyer's documents as the portal lists them: oldest first (the order's chain), each with its headline amount. */
export function documentRows(documents: readonly IssuedDocument[]): DocumentRow[] {
  return [...documents]
    .sort((a, b) => a.sequence - b.sequence)
    .map((d) => {
      const first = d.content.amounts[0];
      return {
        id: d.id,
        number: d.number,
        title: d.content.title,
        issuedAt: d.issuedAt,
        headline: first ? { label: first.label, amount: first.amount } : null,
        fingerprint: d.sha256.slice(0, 16),
        fileName: `${d.number.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`,
      };
    });
}
