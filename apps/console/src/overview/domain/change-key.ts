import type { OverviewSnapshot } from './overview-snapshot';

/** Keys that change with every computation or poll, not with what the overview says. */
const VOLATILE = new Set(['generatedAt', 'checkedAt']);

/** What a snapshot says, without when it was computed: two snapshots with equal keys need not be sent twice. */
export function changeKey(snapshot: OverviewSnapshot): string {
  return JSON.stringify(snapshot, (key, value: unknown) => (VOLATILE.has(key) ? undefined : value));
}
