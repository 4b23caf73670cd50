import { type CsvCell, toCsv, toVnLocalIso, UTF8_BOM } from '@trustcircle/kernel';
import type { CodReconciliationReport } from './cod-reconciliation-report';

/**
 * The columns of the COD reconciliation CSV: one row per parcel the courier delivered that business day, in the
 * order of the JSON `parcels` (oldest delivery first). Amounts are whole VND; `collected_amount` is empty when
 * the courier did not say; `outstanding_amount` is what is still owed for the parcel as of the report;
 * `delivered_at` is ISO-8601 UTC and `delivered_at_local` the same instant in Asia/Ho_Chi_Minh. Totals are the
 * columns' sums; the day's batches and the ageing of unremitted cash are in the JSON answer only.
 *
 * WARNING: couriers' spreadsheets read these columns; never rename or reorder one (add new ones at the end).
 */
export const COD_RECONCILIATION_CSV_HEADER = [
  'business_date',
  'courier_id',
  'order_id',
  'order_code',
  'tracking_number',
  'delivered_at',
  'delivered_at_local',
  'expected_amount',
  'collected_amount',
  'remitted_amount',
  'outstanding_amount',
  'status',
] as const;

/** The day's parcels as CSV rows in the order of {@link COD_RECONCILIATION_CSV_HEADER}. */
export function codReconciliationRows(r: CodReconciliationReport): CsvCell[][] {
  return r.parcels.map((p) => [
    r.day.date,
    r.courierId,
    p.orderId,
    p.orderCode,
    p.trackingNumber,
    p.deliveredAt.toISOString(),
    toVnLocalIso(p.deliveredAt),
    p.expected,
    p.collected,
    p.remitted,
    p.outstanding,
    p.status,
  ]);
}

/**
 * The day's parcels as a UTF-8 CSV document for people (RFC 4180, CRLF, a BOM so Excel reads it as UTF-8, text
 * that a spreadsheet would run as a formula defused with a leading apostrophe).
 */
export function codReconciliationCsv(r: CodReconciliationReport): string {
  return UTF8_BOM + toCsv(COD_RECONCILIATION_CSV_HEADER, codReconciliationRows(r), { escapeFormulas: true });
}

/** The file name offered: `trustcircle-cod-reconciliation-<courierId>-<date>.csv`. */
export function codReconciliationCsvFileName(courierId: string, date: string): string {
  return `trustcircle-cod-reconciliation-${courierId}-${date}.csv`;
}
