/** Vietnam's time zone: every time in the portal is shown in it, wherever the phone is. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as a person in Vietnam reads it, as the SMS messages print it: `2026-11-30T14:30:00Z` →
 * `21:30 30/11/2026` (24-hour clock, day/month/year, Asia/Ho_Chi_Minh). `—` for anything that is not a time.
 * With `seconds` (timelines where many things happen in one minute): `21:30:05 30/11/2026`.
 */
export function formatVnTime(at: string | null | undefined, options: { seconds?: boolean } = {}): string {
  if (!at) return '—';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '—';
  const p = Object.fromEntries(PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.hour}:${p.minute}${options.seconds ? `:${p.second}` : ''} ${p.day}/${p.month}/${p.year}`;
}

/** How long until a deadline, in whole days, hours and minutes (rounded down), or that it has passed. */
export interface TimeLeft {
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** The time left from `nowMs` until `dueAt`. A deadline at this very minute or before has passed. */
export function timeLeft(dueAt: string, nowMs: number): TimeLeft {
  const ms = new Date(dueAt).getTime() - nowMs;
  if (!Number.isFinite(ms) || ms <= 0) return { passed: true, days: 0, hours: 0, minutes: 0 };
  const totalMinutes = Math.floor(ms / 60_000);
  return { passed: false, days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 };
}
