import type { OrderStatus } from '@trustcircle/contracts';
import { toVnLocalIso } from '@trustcircle/kernel';
import type { StatusCounts } from './overview-snapshot';

/** Orders that entered a status in one minute (a read model row). */
export interface StatusMinuteRow {
  minute: Date;
  status: OrderStatus;
  orders: number;
}

/**
 * The last `minutes` minutes up to the one `now` falls in, oldest first, each with its counts by status (empty
 * when nothing happened), in Vietnamese local time; and the window's totals. Rows outside the window are ignored.
 */
export function minuteSeries(rows: readonly StatusMinuteRow[], now: Date, minutes: number): { perMinute: Array<{ minute: string; counts: StatusCounts }>; totals: StatusCounts } {
  const last = Math.floor(now.getTime() / 60_000);
  const first = last - minutes + 1;
  const perMinute = Array.from({ length: minutes }, (_, i) => ({ minute: toVnLocalIso(new Date((first + i) * 60_000)), counts: {} as StatusCounts }));
  const totals: StatusCounts = {};
  for (const row of rows) {
    const index = Math.floor(row.minute.getTime() / 60_000) - first;
    if (index < 0 || index >= minutes) continue;
    const counts = perMinute[index].counts;
    counts[row.status] = (counts[row.status] ?? 0) + row.orders;
    totals[row.status] = (totals[row.status] ?? 0) + row.orders;
  }
  return { perMinute, totals };
}
