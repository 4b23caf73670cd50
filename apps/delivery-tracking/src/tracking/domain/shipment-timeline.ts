import { type ShipmentFlagReason, type ShipmentStatus, TERMINAL_SHIPMENT_STATUSES } from '@trustcircle/contracts';

/** What a shipment's timeline knows, before a checkpoint is applied. */
export interface TimelineState {
  /** The current status: that of the latest checkpoint by `occurredAt` (null before the first). */
  status: ShipmentStatus | null;
  statusOccurredAt: Date | null;
  firstScannedAt: Date | null;
  deliveredAt: Date | null;
  failedAttempts: number;
  failedFinallyAt: Date | null;
  returnedAt: Date | null;
  lostAt: Date | null;
}

/** A courier checkpoint, already in the canonical vocabulary. */
export interface IncomingCheckpoint {
  status: ShipmentStatus;
  occurredAt: Date;
  /** The courier's code has no mapping: the status is EXCEPTION and the checkpoint is flagged. */
  unmapped: boolean;
}

/** The milestones escrow and orders act on; each is reached at most once per shipment. */
export type ShipmentMilestone = 'FIRST_SCANNED' | 'DELIVERED' | 'FAILED_FINALLY' | 'RETURNED' | 'LOST';

/** The outcome of applying one checkpoint. */
export interface AppliedCheckpoint {
  /** Older than the current status: inserted in place in the timeline, not applied as current. */
  late: boolean;
  flagged: boolean;
  flagReason: ShipmentFlagReason | null;
  previousStatus: ShipmentStatus | null;
  /** The shipment's status after the checkpoint (an older one never changes it). */
  currentStatus: ShipmentStatus;
  /** The timeline after the checkpoint. */
  next: TimelineState;
  /** Milestones reached by this checkpoint, in the order to announce them. */
  milestones: ShipmentMilestone[];
}

/** Statuses that mean the courier has the parcel: the first of them is the first scan (meets ship-by). */
const SCANNED: readonly ShipmentStatus[] = ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERY_FAILED', 'DELIVERED', 'RETURNING', 'RETURNED'];

export function isTerminal(status: ShipmentStatus | null): boolean {
  return status !== null && TERMINAL_SHIPMENT_STATUSES.includes(status);
}

/**
 * Applies a checkpoint to a shipment's timeline (pure). The timeline is ordered by `occurredAt`, not arrival:
 * - an older checkpoint than the current status is `late`: it is kept in its place, the current status stays;
 *   so DELIVERED, RETURNED, LOST and CANCELLED are never regressed by an older event;
 * - a newer one becomes the current status; if it contradicts a terminal status (delivered, then returning) it
 *   is applied and flagged `CONTRADICTS_TERMINAL` for operators; an unmapped courier code is flagged
 *   `UNMAPPED_STATUS` (its status is EXCEPTION, the raw code kept beside it);
 * - milestones are facts, reached once whatever the arrival order: the first scan, the delivery, the
 *   `maxAttempts`-th failed attempt (failed for good, unless delivered), the return to the sender, the loss.
 * Duplicates (same status and time) never reach this function: storage absorbs them.
 */
export function applyCheckpoint(state: TimelineState, cp: IncomingCheckpoint, maxAttempts: number): AppliedCheckpoint {
  const late = state.statusOccurredAt !== null && cp.occurredAt.getTime() < state.statusOccurredAt.getTime();
  const contradicts = !late && isTerminal(state.status) && state.status !== cp.status;
  const next: TimelineState = { ...state };
  if (!late) {
    next.status = cp.status;
    next.statusOccurredAt = cp.occurredAt;
  }
  const milestones: ShipmentMilestone[] = [];
  if (SCANNED.includes(cp.status) && (!next.firstScannedAt || cp.occurredAt < next.firstScannedAt)) {
    if (!next.firstScannedAt) milestones.push('FIRST_SCANNED');
    next.firstScannedAt = cp.occurredAt;
  }
  if (cp.status === 'DELIVERY_FAILED') {
    next.failedAttempts = state.failedAttempts + 1;
    if (next.failedAttempts >= maxAttempts && !next.failedFinallyAt && !next.deliveredAt) {
      next.failedFinallyAt = cp.occurredAt;
      milestones.push('FAILED_FINALLY');
    }
  }
  if (cp.status === 'DELIVERED' && !next.deliveredAt) {
    next.deliveredAt = cp.occurredAt;
    milestones.push('DELIVERED');
  }
  if (cp.status === 'RETURNED' && !next.returnedAt) {
    next.returnedAt = cp.occurredAt;
    milestones.push('RETURNED');
  }
  if (cp.status === 'LOST' && !next.lostAt) {
    next.lostAt = cp.occurredAt;
    milestones.push('LOST');
  }
  const flagReason: ShipmentFlagReason | null = cp.unmapped ? 'UNMAPPED_STATUS' : contradicts ? 'CONTRADICTS_TERMINAL' : null;
  return { late, flagged: flagReason !== null, flagReason, previousStatus: state.status, currentStatus: next.status as ShipmentStatus, next, milestones };
}

/** A timeline with no checkpoint yet. */
export const EMPTY_TIMELINE: TimelineState = {
  status: null,
  statusOccurredAt: null,
  firstScannedAt: null,
  deliveredAt: null,
  failedAttempts: 0,
  failedFinallyAt: null,
  returnedAt: null,
  lostAt: null,
};
