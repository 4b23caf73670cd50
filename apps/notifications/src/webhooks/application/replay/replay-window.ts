/** The longest window one replay may cover. */
export const MAX_REPLAY_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * An instant as ISO-8601 with a date, a time and an offset (`2026-03-01T03:00:00Z`, `2026-03-01T10:00:00+07:00`):
 * a bare date or a local time without an offset is not an instant.
 */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant `text` names, or undefined when it is not an ISO-8601 instant of a real calendar date and time. */
export function parseInstant(text: unknown): Date | undefined {
  if (typeof text !== 'string' || !ISO_INSTANT.test(text)) return undefined;
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text) ?? [];
  const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)));
  const real = probe.getUTCFullYear() === Number(year) && probe.getUTCMonth() === Number(month) - 1 && probe.getUTCDate() === Number(day) && probe.getUTCHours() === Number(hour);
  const at = new Date(text);
  return real && !Number.isNaN(at.getTime()) ? at : undefined;
}

/**
 * Why `[from, to)` is not a window one replay may cover, or null when it is: `to` must be after `from`, and at
 * most {@link MAX_REPLAY_WINDOW_DAYS} days after it (exactly 30 days is allowed).
 */
export function replayWindowProblem(from: Date, to: Date): string | null {
  if (to.getTime() <= from.getTime()) return 'to must be after from';
  if (to.getTime() - from.getTime() > MAX_REPLAY_WINDOW_DAYS * DAY_MS) return `to must be at most ${MAX_REPLAY_WINDOW_DAYS} days after from`;
  return null;
}
