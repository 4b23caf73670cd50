import type { CourierCheckpoint } from '../../tracking/domain/courier-checkpoint';
import { mapGhnStatus } from './ghn-status';
import { blankToNull, codOf } from './native-status';
import { parseGhnTime } from './vietnam-time';

/** The fields of GHN's order status webhook that make a checkpoint (the body carries more; they are ignored). */
export interface GhnStatusUpdate {
  /** GHN's order code: the tracking number. */
  OrderCode: string;
  Status: string;
  /** When it happened: ISO 8601, or local Vietnam time without an offset. */
  Time: string;
  Warehouse?: string | null;
  Reason?: string | null;
  /** The cash on delivery amount, whole VND. */
  CODAmount?: number | null;
}

/**
 * A GHN status webhook as a canonical checkpoint: `OrderCode` → tracking number, `Status` → status (raw kept),
 * `Time` → when it happened, `Warehouse` → location, `Reason` → note, `CODAmount` → COD (whole VND).
 * The body must have been validated (a `Time` that does not parse throws).
 */
export function ghnCheckpoint(update: GhnStatusUpdate): CourierCheckpoint {
  const occurredAt = parseGhnTime(update.Time);
  if (!occurredAt) throw new RangeError('GHN Time does not parse (validate the body first)');
  const { status, rawStatus, unmapped } = mapGhnStatus(update.Status);
  return {
    trackingNumber: update.OrderCode,
    status,
    rawStatus,
    unmapped,
    occurredAt,
    location: blankToNull(update.Warehouse),
    note: blankToNull(update.Reason),
    codAmount: codOf(update.CODAmount),
    source: 'GHN',
  };
}
