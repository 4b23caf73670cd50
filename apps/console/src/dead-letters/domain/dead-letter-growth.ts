import { createHash } from 'node:crypto';
import type { AlertSeverity, OperatorAlertRaisedV1, ServiceName } from '@trustcircle/contracts';

/** A service's dead letters recorded within one clock hour that raise a DEAD_LETTER_GROWTH alert as the count reaches them. */
export const DEAD_LETTER_GROWTH_THRESHOLDS = [1, 10, 100, 1000] as const;
export type DeadLetterGrowthThreshold = (typeof DEAD_LETTER_GROWTH_THRESHOLDS)[number];

/** From this many dead letters in an hour the alert is CRITICAL (WARNING below). */
export const DEAD_LETTER_GROWTH_CRITICAL_FROM = 100;

const HOUR_MS = 3_600_000;

/** The start of the clock hour `at` falls in (UTC; Vietnam's hours, UTC+7, start at the same instants). */
export function clockHourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/** The threshold a service's count of dead letters this hour has just reached (the count equals it), else null. */
export function growthThresholdReached(countThisHour: number): DeadLetterGrowthThreshold | null {
  return DEAD_LETTER_GROWTH_THRESHOLDS.find((t) => t === countThisHour) ?? null;
}

/** WARNING below {@link DEAD_LETTER_GROWTH_CRITICAL_FROM} dead letters in the hour, CRITICAL from it. */
export function growthSeverity(threshold: DeadLetterGrowthThreshold): AlertSeverity {
  return threshold >= DEAD_LETTER_GROWTH_CRITICAL_FROM ? 'CRITICAL' : 'WARNING';
}

/** The namespace of the growth alerts' name-based ids (RFC 9562 version 5). WARNING: never change: ids would change. */
const GROWTH_ALERT_NAMESPACE = '3f0c2a8e-5b1d-4e7a-9c64-2d8b1f0e7a53';

/**
 * A name-based (version 5, SHA-1) UUID of `name` in `namespace` (RFC 9562 §5.5): the same name always gives the
 * same id.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of a service's growth alert for a threshold in an hour: the same (service, hour, threshold), the same alert. */
export function deadLetterGrowthAlertId(service: ServiceName, hour: Date, threshold: DeadLetterGrowthThreshold): string {
  return nameBasedUuid(GROWTH_ALERT_NAMESPACE, `dead-letter-growth:${service}:${clockHourOf(hour).toISOString()}:${threshold}`);
}

/** A service's dead letters this hour, counted as a new one is recorded, and what the newest is. */
export interface DeadLetterGrowth {
  service: ServiceName;
  /** That service's dead letters recorded in the clock hour of `recordedAt`, the new one included. */
  countThisHour: number;
  /** When the new one was recorded (the app clock). */
  recordedAt: Date;
  /** The newest dead letter's reason (e.g. MALFORMED_JSON) and the topic it was read from (null: unknown). */
  latest: { reason: string; originalTopic: string | null };
}

/**
 * The `platform.operator-alert-raised` (DEAD_LETTER_GROWTH) a service's dead letters raise when their count this
 * hour reaches 1, 10, 100 or 1000 (WARNING; CRITICAL from 100), else null. Its id is
 * {@link deadLetterGrowthAlertId}: one alert per (service, hour, threshold). The message names the reason and
 * topic, never the message (personal data possible).
 */
export function deadLetterGrowthAlert(g: DeadLetterGrowth): OperatorAlertRaisedV1 | null {
  const threshold = growthThresholdReached(g.countThisHour);
  if (threshold === null) return null;
  const hour = clockHourOf(g.recordedAt);
  const messages = threshold === 1 ? '1 message' : `${threshold} messages`;
  return {
    alertId: deadLetterGrowthAlertId(g.service, hour, threshold),
    severity: growthSeverity(threshold),
    code: 'DEAD_LETTER_GROWTH',
    message:
      `${g.service} dead-lettered ${messages} this hour (latest: ${g.latest.reason} on ${g.latest.originalTopic ?? 'an unknown topic'}; hour from ${hour.toISOString()}). ` +
      `See the console's dead letters (service ${g.service}).`,
    service: 'console',
    orderId: null,
    raisedAt: g.recordedAt.toISOString(),
  };
}
