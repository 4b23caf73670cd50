import { ProblemException } from '@trustcircle/http';

/** 404: no courier with this id in the partner directory. */
export function courierNotFound(courierId: string): ProblemException {
  return new ProblemException({ status: 404, type: 'courier-not-found', title: 'Courier not found', detail: `No courier ${courierId}.`, field: 'courierId' });
}

/** 409: the courier exists but is not active: no token is issued for it. */
export function courierNotActive(courierId: string): ProblemException {
  return new ProblemException({ status: 409, type: 'courier-not-active', title: 'Courier not active', detail: `Courier ${courierId} is not active.`, field: 'courierId' });
}

/** 401: a native webhook whose courier or token does not check out (never says which). */
export function invalidCourierToken(): ProblemException {
  return new ProblemException({ status: 401, type: 'invalid-courier-token', title: 'Invalid courier token', detail: 'The courier or its webhook token is not valid.' });
}

/** 403: the peer address is outside the courier's IP allow-list. */
export function courierIpNotAllowed(): ProblemException {
  return new ProblemException({ status: 403, type: 'ip-not-allowed', title: 'Address not allowed', detail: 'Webhooks from this address are not accepted for this courier.' });
}

/** 404: a tracking number registered with another courier (never says so). */
export function shipmentNotFound(field: string): ProblemException {
  return new ProblemException({ status: 404, type: 'shipment-not-found', title: 'Shipment not found', detail: 'No shipment with this tracking number is registered with this courier.', field });
}

/** 400: a courier event's time is refused (far in the future, or before the order existed). */
export function courierEventTimeRefused(field: string, reason: string, detail: string): ProblemException {
  return new ProblemException({ status: 400, type: 'courier-event-time-refused', title: 'Event time refused', detail, field, errors: [{ field, message: detail, code: reason }] });
}
