import { type ShipmentStatus, TERMINAL_SHIPMENT_STATUSES } from '@trustcircle/contracts';

/** Why a shipment is stuck: no courier event for too long, or past the expected delivery time. */
export type StuckReason = 'SILENT' | 'OVERDUE';

/** What the stuck rule reads of a shipment. */
export interface StuckFacts {
  status: ShipmentStatus | null;
  lastEventAt: Date | null;
  registeredAt: Date;
  expectedDeliveryAt: Date | null;
}

/** Since when the courier has said nothing: its last event's arrival, or the registration if none yet. */
export function silentSince(s: Pick<StuckFacts, 'lastEventAt' | 'registeredAt'>): Date {
  return s.lastEventAt ?? s.registeredAt;
}

/** Whether the shipment is still moving (no terminal status yet). */
export function isActive(status: ShipmentStatus | null): boolean {
  return status === null || !TERMINAL_SHIPMENT_STATUSES.includes(status);
}

/**
 * Why an active shipment is stuck at `now` (empty: it is not): SILENT when no courier event came for
 * `stuckAfterHours` (counted from the registration before the first), OVERDUE when past its expected delivery.
 * A finished shipment (delivered, returned, lost, cancelled) is never stuck.
 */
export function stuckReasons(s: StuckFacts, now: Date, stuckAfterHours: number): StuckReason[] {
  if (!isActive(s.status)) return [];
  const reasons: StuckReason[] = [];
  if (silentSince(s).getTime() <= stuckCutoff(now, stuckAfterHours).getTime()) reasons.push('SILENT');
  if (s.expectedDeliveryAt !== null && s.expectedDeliveryAt.getTime() < now.getTime()) reasons.push('OVERDUE');
  return reasons;
}

/** The instant before which (inclusive) silence makes a shipment stuck. */
export function stuckCutoff(now: Date, stuckAfterHours: number): Date {
  return new Date(now.getTime() - stuckAfterHours * 3_600_000);
}
