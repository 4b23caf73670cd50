import type { ShipmentDirection, ShipmentStatus } from '@trustcircle/contracts';
import type { TrustCounts } from './trust-counts';
import { type TrustDay, vnDayOf } from './trust-day';

/** Statuses that make a shipment an exception (counted once per shipment, at the first of them); RETURNED only for an outbound parcel. */
export const EXCEPTION_STATUSES: readonly ShipmentStatus[] = ['EXCEPTION', 'LOST', 'RETURNED'];
/** Latencies are counted in whole minutes, capped here (7 days) so a day's histogram stays small. */
export const MAX_LATENCY_MINUTES = 7 * 1440;

/** A checkpoint just accepted into a shipment's timeline (never a duplicate), with what trust needs of its shipment. */
export interface AcceptedCheckpoint {
  status: ShipmentStatus;
  occurredAt: Date;
  /** When it reached TrustCircle (for a parked event replayed later: when it was parked). */
  receivedAt: Date;
  /** The shipment's direction: a RETURN parcel reported RETURNED is no exception. */
  direction: ShipmentDirection;
  /** The shipment's status before it: null for the shipment's first accepted checkpoint. */
  previousStatus: ShipmentStatus | null;
  /** The checkpoint reached the DELIVERED milestone (the shipment's first delivery). */
  delivered: boolean;
  /** The marketplace's expected delivery time, if it gave one. */
  expectedDeliveryAt: Date | null;
  /** The shipment's first scan, after the checkpoint. */
  firstScannedAt: Date | null;
}

/** What one accepted checkpoint adds to its courier's trust. */
export interface CheckpointTrustFacts {
  /** The Vietnam day the checkpoint happened, and the counters it adds there. */
  day: TrustDay;
  counts: Partial<TrustCounts>;
  /** It is an exception status: the shipment counts as an exception on `day` unless it already did. */
  exceptionCandidate: boolean;
  /** The event's latency (received − happened, whole minutes, 0…7 days), counted on the day it was received. */
  latency: { day: TrustDay; minutes: number };
}

/**
 * The trust facts of an accepted checkpoint (pure):
 * - the shipment's first accepted checkpoint counts the shipment (on that checkpoint's day);
 * - a failed attempt counts an attempt and a failed attempt; the first delivery counts an attempt and a delivery,
 *   on time when delivered on or before the expected date (Vietnam calendar days): the marketplace's
 *   `expectedDeliveryAt`, else the first scan + `defaultSlaHours`;
 * - EXCEPTION, LOST and (for an outbound parcel) RETURNED make the shipment an exception (once: the caller keeps
 *   the per-shipment mark);
 * - every accepted event has a latency.
 */
export function checkpointTrustFacts(cp: AcceptedCheckpoint, defaultSlaHours: number): CheckpointTrustFacts {
  const counts: Partial<TrustCounts> = {};
  if (cp.previousStatus === null) counts.shipments = 1;
  if (cp.status === 'DELIVERY_FAILED') {
    counts.attempts = 1;
    counts.failedAttempts = 1;
  }
  if (cp.delivered) {
    counts.attempts = (counts.attempts ?? 0) + 1;
    counts.delivered = 1;
    const due = expectedBy(cp, defaultSlaHours);
    counts.deliveredOnTime = vnDayOf(cp.occurredAt) <= vnDayOf(due) ? 1 : 0;
  }
  const minutes = Math.min(MAX_LATENCY_MINUTES, Math.max(0, Math.floor((cp.receivedAt.getTime() - cp.occurredAt.getTime()) / 60_000)));
  return {
    day: vnDayOf(cp.occurredAt),
    counts,
    exceptionCandidate: EXCEPTION_STATUSES.includes(cp.status) && !(cp.status === 'RETURNED' && cp.direction === 'RETURN'),
    latency: { day: vnDayOf(cp.receivedAt), minutes },
  };
}

function expectedBy(cp: AcceptedCheckpoint, defaultSlaHours: number): Date {
  if (cp.expectedDeliveryAt) return cp.expectedDeliveryAt;
  const from = cp.firstScannedAt ?? cp.occurredAt;
  return new Date(from.getTime() + defaultSlaHours * 3_600_000);
}
