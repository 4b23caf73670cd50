import type { PayloadOf } from '../catalogue';
import type { DELIVERY_EVENTS } from '../delivery/delivery.catalogue';
import { SAMPLE } from './sample-values';

const AT = SAMPLE.at;
const shipment = {
  orderId: SAMPLE.orderId,
  shipmentId: SAMPLE.shipmentId,
  courierId: SAMPLE.courierId,
  trackingNumber: SAMPLE.trackingNumber,
  direction: 'OUTBOUND',
} as const;

/** A valid sample payload per delivery event. */
export const DELIVERY_SAMPLES: { [K in keyof typeof DELIVERY_EVENTS]: () => PayloadOf<K> } = {
  'delivery.shipment-registered': () => ({
    ...shipment,
    marketplaceId: SAMPLE.marketplaceId,
    returnOfShipmentId: null,
    expectedDeliveryAt: '2025-03-04T10:00:00.000Z',
    registeredAt: AT.funded,
  }),
  'delivery.shipment-status-changed': () => ({
    ...shipment,
    status: 'OUT_FOR_DELIVERY',
    currentStatus: 'OUT_FOR_DELIVERY',
    previousStatus: 'IN_TRANSIT',
    rawStatus: 'delivering',
    occurredAt: '2025-03-03T07:00:00.000Z',
    receivedAt: '2025-03-03T07:00:02.000Z',
    late: false,
    location: 'Bưu cục Cầu Giấy, Hà Nội',
    note: null,
    flagged: false,
    flagReason: null,
    codAmount: null,
  }),
  'delivery.shipment-first-scanned': () => ({ ...shipment, status: 'PICKED_UP', scannedAt: AT.pickedUp }),
  'delivery.shipment-delivered': () => ({ ...shipment, deliveredAt: AT.delivered, codAmount: null, location: 'Cầu Giấy, Hà Nội' }),
  'delivery.shipment-delivery-failed-finally': () => ({
    ...shipment,
    attempts: 3,
    lastAttemptAt: '2025-03-05T09:00:00.000Z',
    lastReason: 'Khách hàng không nghe máy',
  }),
  'delivery.shipment-returned': () => ({ ...shipment, returnedAt: '2025-03-08T09:00:00.000Z' }),
  'delivery.shipment-lost': () => ({ ...shipment, lostAt: '2025-03-08T09:00:00.000Z' }),
};
