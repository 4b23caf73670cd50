import { type CsvCell, toCsv } from '@trustcircle/kernel';
import type { OurLine } from './reconciliation-line';

/** The columns of the daily reconciliation CSV. WARNING: partners parse them; never rename or reorder. */
export const RECONCILIATION_CSV_HEADER = ['kind', 'reference', 'partner_reference', 'original_partner_txn_id', 'order_id', 'amount', 'occurred_at', 'id'] as const;

/** Escrow's lines of a day as CSV (amounts as whole VND, times ISO-8601 UTC). */
export function reconciliationCsv(lines: readonly OurLine[]): string {
  return toCsv(
    RECONCILIATION_CSV_HEADER,
    lines.map((l): CsvCell[] => [l.kind, l.reference, l.partnerReference, l.originalPartnerTxnId, l.orderId, l.amount, l.occurredAt.toISOString(), l.id]),
  );
}

/** The file name offered for a partner's day: `trustcircle-reconciliation-<partnerId>-<date>.csv`. */
export function reconciliationCsvFileName(partnerId: string, date: string): string {
  return `trustcircle-reconciliation-${partnerId}-${date}.csv`;
}
