import { businessDateOf } from '../../reconciliation/domain/business-day';

const DAY_MS = 86_400_000;

/**
 * How many business days back (counting the latest closable one) the closer looks for unclosed days. Bounds each
 * run's scan; a day older than this that was never closed (the closer stopped for longer) is not closed any more.
 */
export const SETTLEMENT_CLOSE_LOOKBACK_DAYS = 7;

/**
 * The latest business date (Asia/Ho_Chi_Minh) that may be closed at `now`: a day ends at the next 00:00 +07:00
 * (17:00 UTC) and closes `delayMinutes` later (the grace period for late settlement reports). At exactly the
 * day's end plus the grace period the day is closable.
 */
export function latestClosableDate(now: Date, delayMinutes: number): string {
  const openDate = businessDateOf(new Date(now.getTime() - delayMinutes * 60_000));
  return shiftBusinessDate(openDate, -1);
}

/** `date` (`YYYY-MM-DD`) moved by `days` calendar days. */
export function shiftBusinessDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The business dates the closer considers at `now`: from the oldest of the lookback window to the latest closable. */
export function closeWindow(now: Date, delayMinutes: number): { fromDate: string; toDate: string } {
  const toDate = latestClosableDate(now, delayMinutes);
  return { fromDate: shiftBusinessDate(toDate, -(SETTLEMENT_CLOSE_LOOKBACK_DAYS - 1)), toDate };
}
