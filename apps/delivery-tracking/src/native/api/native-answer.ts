import { SecurityLog } from '@trustcircle/security';
import type { Request } from 'express';
import type { CourierEventResult } from '../../tracking/application/record-courier-event/record-courier-event.use-case';
import type { CourierCheckpoint } from '../../tracking/domain/courier-checkpoint';
import { courierEventTimeRefused, shipmentNotFound } from '../application/native-problems';
import type { NativeEventResponse } from './dto/native-event.response';
import { loggableRequest } from './native-courier.guard';

/** The security log event of a courier reporting on a parcel registered with another courier. */
export const FOREIGN_PARCEL_EVENT = 'courier-event-foreign-parcel';

/** The native body's own names of the tracking number and time fields, for problems. */
export interface NativeFieldNames {
  trackingNumber: string;
  occurredAt: string;
}

/**
 * The answer to a native courier webhook: 200 with a small result when it is in the timeline, a duplicate or
 * parked; 404 (and a security log line) for another courier's parcel; 400 naming the courier's own time field
 * when the time is refused.
 */
export function answerNative(result: CourierEventResult, cp: CourierCheckpoint, req: Request, courierId: string, fields: NativeFieldNames): NativeEventResponse {
  const about = { rawStatus: cp.rawStatus, status: cp.status, unmapped: cp.unmapped };
  switch (result.kind) {
    case 'accepted':
      return { result: 'accepted', ...about, checkpointId: result.checkpointId, currentStatus: result.currentStatus, late: result.late, flagged: result.flagged };
    case 'duplicate':
      return { result: 'duplicate', ...about, checkpointId: result.checkpointId };
    case 'parked':
      return { result: 'parked', ...about, expiresAt: result.expiresAt.toISOString() };
    case 'refused':
      throw courierEventTimeRefused(fields.occurredAt, result.reason, result.detail.replace(/^occurredAt/, fields.occurredAt));
    case 'not-found':
      SecurityLog.refused(FOREIGN_PARCEL_EVENT, loggableRequest(req), { courierId, trackingNumber: cp.trackingNumber, source: cp.source });
      throw shipmentNotFound(fields.trackingNumber);
  }
}
