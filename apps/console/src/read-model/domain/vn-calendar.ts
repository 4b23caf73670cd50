import { VN_TIME_ZONE } from '@trustcircle/kernel';

const DAY_PARTS = new Intl.DateTimeFormat('en-CA', { timeZone: VN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** A business day in Asia/Ho_Chi_Minh, `YYYY-MM-DD`. */
export type VnDay = string;

/**
 * The day `at` falls on in Asia/Ho_Chi_Minh, `YYYY-MM-DD`: the read model's daily buckets (money, couriers,
 * notifications). `2026-11-29T17:30:00Z` is already the 30th in Vietnam (UTC+7).
 */
export function vnDay(at: Date): VnDay {
  return DAY_PARTS.format(at);
}

/** The calendar day `days` after (or before, when negative) `day`. */
export function addDays(day: VnDay, days: number): VnDay {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The last `count` days up to and including `today`, oldest first. */
export function daysUpTo(today: VnDay, count: number): VnDay[] {
  return Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
}

/**
 * The start of the minute `at` falls in: the per-minute buckets. Vietnam's offset is whole hours, so a UTC minute
 * is a Vietnamese minute.
 */
export function minuteStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}
