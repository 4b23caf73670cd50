/** One slot of a periodic deadline: when it is due and the subject id that names it. */
export interface AlignedSlot {
  subjectId: string;
  dueAt: Date;
}

/**
 * The next slot strictly after `now`: the next multiple of `intervalMs` since the epoch, so every replica
 * computes the same slot. Its subject id names the slot, so replicas scheduling it upsert one deadline.
 */
export function nextAlignedSlot(now: Date, intervalMs: number): AlignedSlot {
  if (!Number.isInteger(intervalMs) || intervalMs <= 0) throw new RangeError(`interval must be a positive integer, got ${intervalMs}`);
  const dueAt = new Date((Math.floor(now.getTime() / intervalMs) + 1) * intervalMs);
  return { subjectId: `slot:${dueAt.toISOString()}`, dueAt };
}
