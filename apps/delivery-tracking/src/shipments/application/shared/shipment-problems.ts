import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';

/** Problems of the shipments API (problem+json, each naming the field it is about). */
export const ShipmentProblems = {
  /** 404: no such order of yours (unknown, another marketplace's, or not reached delivery tracking yet). */
  orderNotFound(orderId: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.NOT_FOUND,
      type: 'order-not-found',
      title: 'Order not found',
      detail: `No order ${orderId} of yours is known to delivery tracking (an order placed a moment ago may take a few seconds to arrive).`,
      field: 'orderId',
    });
  },

  /** 422: the courier is not an active courier partner. */
  unknownCourier(courierId: string): ProblemException {
    const detail = `courier ${courierId} is not an active courier partner`;
    return new ProblemException({ status: HttpStatus.UNPROCESSABLE_ENTITY, type: 'unknown-courier', title: 'Unknown courier', detail, field: 'courier', errors: [{ field: 'courier', message: detail }] });
  },

  /** 409: the order already has an active outbound shipment. */
  outboundExists(orderId: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'outbound-shipment-exists',
      title: 'The order already has an active outbound shipment',
      detail: `Order ${orderId} already has an outbound shipment that is not cancelled.`,
      field: 'direction',
    });
  },

  /** 409: this courier's tracking number is already registered. */
  trackingNumberTaken(trackingNumber: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'tracking-number-taken',
      title: 'Tracking number already registered',
      detail: `Tracking number ${trackingNumber} is already registered with this courier.`,
      field: 'trackingNumber',
    });
  },

  /** 422: a return needs the order's outbound shipment to link to. */
  noOutboundShipment(orderId: string): ProblemException {
    const detail = `order ${orderId} has no outbound shipment for a return to be linked to`;
    return new ProblemException({ status: HttpStatus.UNPROCESSABLE_ENTITY, type: 'no-outbound-shipment', title: 'No outbound shipment to return', detail, field: 'direction', errors: [{ field: 'direction', message: detail }] });
  },

  /** 404: no shipment with this tracking number among those you may see. */
  shipmentNotFound(trackingNumber: string): ProblemException {
    return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'shipment-not-found', title: 'Shipment not found', detail: `No shipment ${trackingNumber} of yours.`, field: 'trackingNumber' });
  },

  /** 409: several couriers' shipments carry this tracking number: name the courier. */
  ambiguousTrackingNumber(trackingNumber: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'ambiguous-tracking-number',
      title: 'Several shipments carry this tracking number',
      detail: `Tracking number ${trackingNumber} is registered with more than one courier: add ?courierId=.`,
      field: 'courierId',
    });
  },

  /** 400: a query parameter is missing or does not fit. */
  badQuery(field: string, detail: string): ProblemException {
    return new ProblemException({ status: HttpStatus.BAD_REQUEST, type: 'validation-error', title: 'Your request is not valid', detail, field, errors: [{ field, message: detail }] });
  },
};
