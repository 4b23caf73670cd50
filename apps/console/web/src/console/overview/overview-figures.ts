import { timeLeft } from '../../format/vn-time';
import { type DisputeDeadlineItem, type HeldAgeBucket, ORDER_STATUSES, type OverviewSnapshot, type ServiceHealth } from './overview-types';

/** `PARTIALLY_REFUNDED` → `Partially refunded`; `SMS` stays `SMS`. */
export function enumLabel(value: string | null | undefined): string {
  if (!value) return '—';
  const words = value.toLowerCase().split(/[_-]+/).filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A notification channel as people write it: `SMS`, `Zalo`, `Email`, `Webhook`. */
export function channelLabel(channel: string): string {
  return channel === 'SMS' ? 'SMS' : enumLabel(channel);
}

/** A share as a percentage with one decimal (`0.0125` → `1.3%`), `—` without one. */
export function percent(rate: number | null | undefined): string {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A whole number with thin grouping (`12345` → `12,345`). */
export function count(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString('en-US') : '—';
}

/** An amount for a chart's axis: `1235000` → `1.2M`, `35000` → `35K`, `999` → `999` (the tooltips give it exactly). */
export function compactVnd(amount: number): string {
  const units: Array<[number, string]> = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of units) if (Math.abs(amount) >= size) return `${Number((amount / size).toFixed(1))}${unit}`;
  return String(amount);
}

/** One bar of the orders chart: the minute (Vietnamese time, `21:30`) and the orders per status. */
export type MinuteBar = { minute: string } & Record<string, number | string>;

/**
 * The orders-per-minute chart: a bar per minute (labelled `HH:mm` in Vietnamese time: the server gives the minutes
 * in local time with their offset) and the statuses that occur in the window, in the order orders move through
 * them (unknown ones last), so the stack reads bottom-up like an order's life.
 */
export function minuteBars(orders: OverviewSnapshot['orders']): { bars: MinuteBar[]; statuses: string[] } {
  const seen = new Set<string>();
  const bars = orders.perMinute.map(({ minute, counts }) => {
    const bar: MinuteBar = { minute: /T(\d{2}:\d{2})/.exec(minute)?.[1] ?? minute };
    for (const [status, n] of Object.entries(counts)) {
      if (!n) continue;
      bar[status] = n;
      seen.add(status);
    }
    return bar;
  });
  const known: readonly string[] = ORDER_STATUSES;
  const statuses = [...known.filter((s) => seen.has(s)), ...[...seen].filter((s) => !known.includes(s)).sort()];
  return { bars, statuses };
}

/** The statuses with orders in the last hour, in lifecycle order, with their counts. */
export function lastHourCounts(orders: OverviewSnapshot['orders']): Array<{ status: string; orders: number }> {
  return minuteBars(orders).statuses.map((status) => ({ status, orders: orders.lastHour[status] ?? 0 })).filter((s) => s.orders > 0);
}

/** A colour per status (stable, distinguishable; the legend and the tooltip name them). */
export const STATUS_COLOURS: Record<string, string> = {
  PLACED: '#5b8def',
  FUNDED: '#0b5d4b',
  PICKED_UP: '#2a9d8f',
  DELIVERED: '#8ab17d',
  INSPECTION_ENDED: '#b5838d',
  DISPUTED: '#e76f51',
  RESOLVED: '#6d597a',
  RELEASED: '#264653',
  REFUNDED: '#e9c46a',
  PARTIALLY_REFUNDED: '#f4a261',
  EXPIRED: '#8d99ae',
  CANCELLED: '#adb5bd',
  RETURNED: '#9c6644',
};

/** `2026-11-29` → `29/11`. */
export function dayLabel(day: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[2]}/${m[1]}` : day;
}

/** `Under 1 day`, `1–3 days`, `14 days or more`. */
export function heldAgeLabel(bucket: Pick<HeldAgeBucket, 'fromDays' | 'toDays'>): string {
  if (bucket.fromDays === 0 && bucket.toDays !== null) return `Under ${bucket.toDays} day${bucket.toDays === 1 ? '' : 's'}`;
  if (bucket.toDays === null) return `${bucket.fromDays} days or more`;
  return `${bucket.fromDays}–${bucket.toDays} days`;
}

/** How long until a dispute's deadline or since it passed, from `nowMs`: `overdue by 2 d 3 h`, `due in 45 min`. */
export function dueText(item: Pick<DisputeDeadlineItem, 'dueAt' | 'overdue'>, nowMs: number): string {
  if (!item.dueAt) return 'no deadline';
  const due = Date.parse(item.dueAt);
  if (!Number.isFinite(due)) return 'no deadline';
  if (item.overdue || due <= nowMs) {
    const late = timeLeft(new Date(nowMs).toISOString(), due);
    return `overdue by ${span(late.days, late.hours, late.minutes)}`;
  }
  const left = timeLeft(item.dueAt, nowMs);
  return `due in ${span(left.days, left.hours, left.minutes)}`;
}

function span(days: number, hours: number, minutes: number): string {
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${Math.max(minutes, 1)} min`;
}

/** What an operator reads for a service's health: `Up`, `Down`, `Not ready`, `Not checked yet`. */
export function healthText(status: ServiceHealth['status']): string {
  switch (status) {
    case 'UP':
      return 'Up';
    case 'DOWN':
      return 'Down';
    case 'NOT_READY':
      return 'Not ready';
    default:
      return 'Not checked yet';
  }
}

/** A service's consumer lag over every topic it consumes (null when it reports none). */
export function totalLag(service: Pick<ServiceHealth, 'consumerLag'>): number | null {
  return service.consumerLag ? service.consumerLag.reduce((t, l) => t + l.lag, 0) : null;
}
