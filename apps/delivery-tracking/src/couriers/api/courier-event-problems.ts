import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';
import type { CourierEventResult } from '../../tracking/application/record-courier-event/record-courier-event.use-case';

/** 404: the tracking number belongs to a shipment registered with another courier (logged for security). */
export function shipmentNotFound(trackingNumber: string): ProblemException {
  return new ProblemException({
    status: HttpStatus.NOT_FOUND,
    type: 'shipment-not-found',
    title: 'Shipment not found',
    detail: `No shipment with tracking number ${trackingNumber} is registered with you.`,
    field: 'trackingNumber',
  });
}

/** 400: the event's time is far in the future, or before the order existed. */
export function courierEventRefused(result: Extract<CourierEventResult, { kind: 'refused' }>): ProblemException {
  return new ProblemException({
    status: HttpStatus.BAD_REQUEST,
    type: 'courier-event-refused',
    title: 'Courier event refused',
    detail: result.detail,
    field: result.field,
    errors: [{ field: result.field, message: result.detail, code: result.reason }],
  });
}
