import type { CourierCheckpoint } from '../../tracking/domain/courier-checkpoint';
import { blankToNull, codOf } from './native-status';
import { mapViettelPostStatus } from './viettel-post-status';
import { parseViettelPostDate } from './vietnam-time';

/** The fields of Viettel Post's webhook `DATA` that make a checkpoint (the body carries more; they are ignored). */
export interface ViettelPostStatusUpdate {
  /** Viettel Post's waybill number: the tracking number. */
  ORDER_NUMBER: string;
  ORDER_STATUS: number;
  /** `dd/MM/yyyy HH:mm:ss`, Vietnam local time. */
  ORDER_STATUSDATE: string;
  /** (sic) Viettel Post's spelling: where the parcel is. */
  LOCALION_CURRENTLY?: string | null;
  NOTE?: string | null;
  /** The cash on delivery amount, whole VND. */
  MONEY_COLLECTION?: number | null;
}

/** What a Viettel Post webhook becomes: a checkpoint, or nothing for a code that is not a movement. */
export type ViettelPostOutcome = { kind: 'checkpoint'; checkpoint: CourierCheckpoint } | { kind: 'ignored'; rawStatus: string };

/**
 * A Viettel Post webhook's `DATA` as a canonical checkpoint: `ORDER_NUMBER` → tracking number, `ORDER_STATUS` →
 * status (raw code kept), `ORDER_STATUSDATE` (Vietnam time) → when it happened, `LOCALION_CURRENTLY` →
 * location, `NOTE` → note, `MONEY_COLLECTION` → COD (whole VND). 202 "waybill edited" is `ignored`.
 * The body must have been validated (a date that does not parse throws).
 */
export function viettelPostCheckpoint(data: ViettelPostStatusUpdate): ViettelPostOutcome {
  const mapped = mapViettelPostStatus(data.ORDER_STATUS);
  if (mapped.kind === 'ignored') return mapped;
  const occurredAt = parseViettelPostDate(data.ORDER_STATUSDATE);
  if (!occurredAt) throw new RangeError('Viettel Post ORDER_STATUSDATE does not parse (validate the body first)');
  return {
    kind: 'checkpoint',
    checkpoint: {
      trackingNumber: data.ORDER_NUMBER,
      status: mapped.status,
      rawStatus: mapped.rawStatus,
      unmapped: mapped.unmapped,
      occurredAt,
      location: blankToNull(data.LOCALION_CURRENTLY),
      note: blankToNull(data.NOTE),
      codAmount: codOf(data.MONEY_COLLECTION),
      source: 'VIETTEL_POST',
    },
  };
}
