import { safeDeliveryLabel, type LabelStreak, type SafeDeliveryThresholds } from './safe-delivery-label';
import { addDays, type TrustDay } from './trust-day';
import { TrustHistory } from './trust-history';
import { type TrustParts, trustParts, trustScore } from './trust-score';

/** One rolling window of the public report. */
export interface TrustWindowReport {
  days: 30 | 90;
  from: TrustDay;
  to: TrustDay;
  score: number | null;
  parts: TrustParts;
}

/** A courier's public trust report (the shape `GET /v1/public/trust/courier/{id}` answers). */
export interface CourierTrustReport {
  kind: 'courier';
  id: string;
  name: string | null;
  asOf: string;
  windows: { '30d': TrustWindowReport; '90d': TrustWindowReport };
  trend: Array<{ day: TrustDay; score30d: number | null }>;
  label: {
    safeDelivery: boolean;
    since: TrustDay | null;
    thresholds: SafeDeliveryThresholds;
  };
}

/** Days of the trend (the last 90, today included). */
export const TREND_DAYS = 90;
/** Days of history the report reads: the trend's first day needs its own 30-day window. */
export const REPORT_HISTORY_DAYS = TREND_DAYS + 29;

/** Builds the report (pure) from the courier's buckets over the last {@link REPORT_HISTORY_DAYS} days and its label streak. */
export function courierTrustReport(input: {
  courier: { id: string; name: string | null };
  now: Date;
  today: TrustDay;
  history: TrustHistory;
  streak: LabelStreak;
  thresholds: SafeDeliveryThresholds;
  minDelivered: number;
}): CourierTrustReport {
  const { history, today, minDelivered } = input;
  const window = (days: 30 | 90): TrustWindowReport => {
    const facts = history.window(today, days);
    return {
      days,
      from: addDays(today, -(days - 1)),
      to: today,
      score: trustScore(facts, minDelivered),
      parts: trustParts(facts),
    };
  };
  return {
    kind: 'courier',
    id: input.courier.id,
    name: input.courier.name,
    asOf: input.now.toISOString(),
    windows: { '30d': window(30), '90d': window(90) },
    trend: TrustHistory.days(addDays(today, -(TREND_DAYS - 1)), today).map((day) => ({
      day,
      score30d: trustScore(history.window(day, 30), minDelivered),
    })),
    label: { ...safeDeliveryLabel(input.streak), thresholds: input.thresholds },
  };
}
