/** The deadline kind of the periodic purge of expired parked courier events. */
export const PARKED_PURGE_DEADLINE = 'parked-courier-events-purge';

/** How often expired parked courier events are purged: hourly. */
export const PARKED_PURGE_INTERVAL_MS = 3_600_000;

/**
 * The next purge strictly after `now`: the next multiple of `intervalMs` since the epoch, so every replica
 * computes the same slot; its subject id names the slot, so replicas scheduling it upsert one deadline.
 */
export function nextParkedPurgeSlot(now: Date, intervalMs = PARKED_PURGE_INTERVAL_MS): { subjectId: string; dueAt: Date } {
  if (!Number.isInteger(intervalMs) || intervalMs <= 0) throw new RangeError(`interval must be a positive integer, got ${intervalMs}`);
  const dueAt = new Date((Math.floor(now.getTime() / intervalMs) + 1) * intervalMs);
  return { subjectId: `slot:${dueAt.toISOString()}`, dueAt };
}
