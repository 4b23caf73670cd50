import { toVnLocalIso } from '@trustcircle/kernel';
import type { ComplaintsReport } from './complaints-report';
import { type CsvCell, toCsv, UTF8_BOM } from '@trustcircle/kernel';
import { REPORT_TIME_ZONE } from './report-period';

/**
 * The columns of the report's CSV, a long format: every figure is one record `section,key,metric,value`, so one
 * file holds every table with the same columns (RFC 4180) and a spreadsheet pivots it back:
 * - `section`: `period`, `totals`, `by_reason`, `by_marketplace`, `by_outcome`, `resolution`, `vulnerable`,
 *   `vulnerable_by_category`, `vulnerable_case`;
 * - `key`: what the row is about (a reason, a marketplace id, an outcome, a category, a dispute id), empty for
 *   the period, totals, resolution and vulnerable sections;
 * - `metric`: the figure's name (`count`, `name`, `medianHours`, a status, a case's field…);
 * - `value`: a number, a text, or empty for "none" (a median with nothing finished).
 */
export const COMPLAINTS_CSV_HEADER = ['section', 'key', 'metric', 'value'] as const;

type Row = [section: string, key: string | null, metric: string, value: CsvCell];

/** The report as CSV rows in the long format of {@link COMPLAINTS_CSV_HEADER}. */
export function complaintsReportRows(r: ComplaintsReport): Row[] {
  const rows: Row[] = [
    ['period', null, 'from', r.period.from],
    ['period', null, 'to', r.period.to],
    ['period', null, 'timeZone', REPORT_TIME_ZONE],
    ['period', null, 'generatedAt', r.generatedAt.toISOString()],
    ['totals', null, 'disputes', r.totals.disputes],
    ['totals', null, 'open', r.totals.open],
    ['totals', null, 'finished', r.totals.finished],
  ];
  for (const x of r.byReason) rows.push(['by_reason', x.reason, 'count', x.count]);
  for (const x of r.byMarketplace) {
    rows.push(['by_marketplace', x.marketplaceId, 'name', x.marketplaceName], ['by_marketplace', x.marketplaceId, 'count', x.count]);
  }
  for (const x of r.byOutcome) rows.push(['by_outcome', x.outcome, 'count', x.count]);
  const res = r.resolution;
  rows.push(
    ['resolution', null, 'finished', res.finished],
    ['resolution', null, 'medianHours', res.medianHours],
    ['resolution', null, 'medianSeconds', res.medianSeconds],
    ['resolution', null, 'withinDeadline', res.withinDeadline],
    ['resolution', null, 'withinDeadlineShare', res.withinDeadlineShare],
    ['vulnerable', null, 'total', r.vulnerable.total],
  );
  for (const x of r.vulnerable.byCategory) {
    rows.push(
      ['vulnerable_by_category', x.category, 'DECLARED', x.declared],
      ['vulnerable_by_category', x.category, 'CONFIRMED', x.confirmed],
      ['vulnerable_by_category', x.category, 'REMOVED', x.removed],
      ['vulnerable_by_category', x.category, 'total', x.total],
    );
  }
  for (const c of r.vulnerable.cases) {
    const at = (metric: string, v: Date | null): Row => ['vulnerable_case', c.disputeId, metric, v ? v.toISOString() : null];
    rows.push(
      ['vulnerable_case', c.disputeId, 'marketplaceId', c.marketplaceId],
      ['vulnerable_case', c.disputeId, 'reason', c.reason],
      ['vulnerable_case', c.disputeId, 'category', c.category],
      ['vulnerable_case', c.disputeId, 'status', c.status],
      ['vulnerable_case', c.disputeId, 'state', c.state],
      at('openedAt', c.openedAt),
      ['vulnerable_case', c.disputeId, 'openedAtLocal', toVnLocalIso(c.openedAt)],
      at('finishedAt', c.finishedAt),
    );
  }
  return rows;
}

/** The report as a UTF-8 CSV document with a BOM (so Excel shows Vietnamese names), header row first. */
export function complaintsReportCsv(r: ComplaintsReport): string {
  return UTF8_BOM + toCsv(COMPLAINTS_CSV_HEADER, complaintsReportRows(r), { escapeFormulas: true });
}

/** The CSV's file name. */
export function complaintsReportFileName(from: string, to: string): string {
  return `trustcircle-complaints-${from}-${to}.csv`;
}
