import type { CourierTrustParts, DisputeTrustParts, SafeDeliveryLabel, TrustKind, TrustReport, TrustWindow } from './trust-types';

/** Where trust reports live in the console. */
export const trustPaths = {
  search: (): string => '/console/trust',
  report: (kind: TrustKind, id: string): string => `/console/trust/${kind}/${encodeURIComponent(id)}`,
};

/** A merchant's id in the trust API: its marketplace and the seller id that marketplace gives it. */
export function merchantTrustId(marketplaceId: string, sellerId: string): string {
  return `${marketplaceId}:${sellerId}`;
}

export const KIND_LABELS: Record<TrustKind, string> = {
  marketplace: 'Marketplace',
  merchant: 'Merchant',
  courier: 'Courier',
};

/** How a score reads: good from 80, fair from 60, poor below; unjudged when the window had too little to judge. */
export function scoreBand(score: number | null): 'good' | 'fair' | 'poor' | 'unjudged' {
  if (score === null) return 'unjudged';
  if (score >= 80) return 'good';
  return score >= 60 ? 'fair' : 'poor';
}

export function scoreText(score: number | null): string {
  return score === null ? 'Not enough history' : `${score} / 100`;
}

const one = (n: number | null, unit: string): string => (n === null ? '—' : `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })}${unit}`);
const count = (n: number): string => n.toLocaleString('en-US');

/** One row of the parts table: what it is, and its value in the 30- and 90-day windows. */
export interface PartRow {
  label: string;
  d30: string;
  d90: string;
}

type PartFormat<P> = Array<[label: string, value: (p: P) => string]>;

const DISPUTE_PARTS: PartFormat<DisputeTrustParts> = [
  ['Complaints answered before the deadline', (p) => one(p.answeredInTimePct, ' %')],
  ['Median time to resolution', (p) => one(p.medianResolutionHours, ' h')],
  ['Complaints per 1,000 orders', (p) => one(p.disputesPer1000Orders, '')],
  ['Default judgments lost', (p) => count(p.defaultJudgmentsLost)],
  ['Orders', (p) => count(p.orders)],
  ['Complaints', (p) => count(p.disputes)],
];

const COURIER_PARTS: PartFormat<CourierTrustParts> = [
  ['Delivered on time', (p) => one(p.onTimePct, ' %')],
  ['Failed delivery attempts', (p) => one(p.failedAttemptPct, ' %')],
  ['Shipments with an exception', (p) => one(p.exceptionPct, ' %')],
  ['Event latency', (p) => one(p.eventLatencyMinutes, ' min')],
  ['COD remittance age', (p) => one(p.codRemittanceDays, ' days')],
  ['Shipments', (p) => count(p.shipments)],
  ['Delivered', (p) => count(p.delivered)],
];

/** The parts of both windows side by side, in the words operators read. */
export function partRows(report: TrustReport): PartRow[] {
  const { '30d': d30, '90d': d90 } = report.windows;
  const rows = (format: PartFormat<never>, a: TrustWindow, b: TrustWindow) =>
    format.map(([label, value]) => ({
      label,
      d30: value(a.parts as never),
      d90: value(b.parts as never),
    }));
  return report.kind === 'courier' ? rows(COURIER_PARTS as PartFormat<never>, d30, d90) : rows(DISPUTE_PARTS as PartFormat<never>, d30, d90);
}

/** `2026-11-29` → `29/11` (Vietnamese day order). */
export function shortDay(day: string): string {
  const [, month, date] = day.split('-');
  return `${date}/${month}`;
}

/** The trend as the chart plots it: every day, a gap where the score could not be judged. */
export function trendPoints(report: TrustReport): Array<{ day: string; label: string; score: number | null }> {
  return report.trend.map((p) => ({
    day: p.day,
    label: shortDay(p.day),
    score: p.score30d,
  }));
}

/**
 * How the 30-day score moved over the last 30 days of the trend (the latest judged point against the judged point
 * 30 days before it): null when either is missing.
 */
export function trendChange(report: TrustReport): { points: number; days: number } | null {
  const judged = report.trend.filter((p): p is { day: string; score30d: number } => p.score30d !== null);
  const last = judged.at(-1);
  if (!last) return null;
  const cutoff = Date.parse(`${last.day}T00:00:00Z`) - 30 * 86_400_000;
  const before = judged.filter((p) => Date.parse(`${p.day}T00:00:00Z`) <= cutoff).at(-1);
  if (!before) return null;
  return {
    points: last.score30d - before.score30d,
    days: Math.round((Date.parse(`${last.day}T00:00:00Z`) - Date.parse(`${before.day}T00:00:00Z`)) / 86_400_000),
  };
}

export function trendChangeText(change: { points: number; days: number } | null): string {
  if (!change) return 'No trend yet';
  if (change.points === 0) return `Unchanged over ${change.days} days`;
  return `${change.points > 0 ? 'Up' : 'Down'} ${Math.abs(change.points)} ${Math.abs(change.points) === 1 ? 'point' : 'points'} over ${change.days} days`;
}

/** The courier's label in words: carried since when, or which thresholds it is judged by. */
export function labelText(label: SafeDeliveryLabel): string {
  const t = label.thresholds;
  const rule = `on time ≥ ${t.onTimePct} %, failed attempts ≤ ${t.failedAttemptPct} %, exceptions ≤ ${t.exceptionPct} %, COD remitted within ${t.codRemittanceDays} days, every day for 30 days`;
  if (label.safeDelivery) return `Safe delivery since ${label.since ? shortDay(label.since) + '/' + label.since.slice(0, 4) : 'an unknown day'} (${rule})`;
  return `Not labelled safe delivery (needs ${rule})`;
}
