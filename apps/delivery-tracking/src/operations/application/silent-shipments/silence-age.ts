/** Each courier's oldest silence start → its age in whole seconds at `now` (never negative). */
export function oldestSilenceAges(rows: Array<{ courierId: string; since: Date | string }>, now: Date): Map<string, number> {
  const ages = new Map<string, number>();
  for (const r of rows) {
    const since = r.since instanceof Date ? r.since : new Date(r.since);
    ages.set(r.courierId, Math.max(0, Math.floor((now.getTime() - since.getTime()) / 1000)));
  }
  return ages;
}
