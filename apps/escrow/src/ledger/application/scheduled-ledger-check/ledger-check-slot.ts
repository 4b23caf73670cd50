/** The deadline kind of the scheduled ledger check. */
export const LEDGER_CHECK_DEADLINE = 'ledger-check';

/**
 * The next scheduled check strictly after `now`: the next multiple of `intervalMs` since the epoch, so every
 * replica computes the same slot. Its subject id names the slot, so replicas scheduling it upsert one deadline.
 */
export function nextLedgerCheckSlot(now: Date, intervalMs: number): { subjectId: string; dueAt: Date } {
  if (!Number.isInteger(intervalMs) || intervalMs <= 0) throw new RangeError(`interval must be a positive integer, got ${intervalMs}`);
  const dueAt = new Date((Math.floor(now.getTime() / intervalMs) + 1) * intervalMs);
  return { subjectId: `slot:${dueAt.toISOString()}`, dueAt };
}
