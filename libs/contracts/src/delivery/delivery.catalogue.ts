import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { ShipmentDeliveredV1 } from './shipment-delivered.v1';
import { ShipmentDeliveryFailedFinallyV1 } from './shipment-delivery-failed-finally.v1';
import { ShipmentFirstScannedV1 } from './shipment-first-scanned.v1';
import { ShipmentLostV1 } from './shipment-lost.v1';
import { ShipmentRegisteredV1 } from './shipment-registered.v1';
import { ShipmentReturnedV1 } from './shipment-returned.v1';
import { ShipmentStatusChangedV1 } from './shipment-status-changed.v1';

/** Events owned by delivery-tracking, on `delivery.events.v1`, keyed by order id. Each carries the shipment's direction. */
export const DELIVERY_EVENTS = {
  'delivery.shipment-registered': defineEvent({
    type: 'delivery.shipment-registered',
    version: 1,
    topic: TOPICS.deliveryEvents.name,
    owner: 'delivery-tracking',
    consumers: ['escrow', 'orders', 'disputes', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: ShipmentRegisteredV1) => p.orderId,
    payload: ShipmentRegisteredV1,
    description: 'The marketplace registered an outbound or return shipment for the order.',
  }),
  'delivery.shipment-status-changed': defineEvent({
    type: 'delivery.shipment-status-changed',
    version: 1,
    topic: TOPICS.deliveryEvents.name,
    owner: 'delivery-tracking',
    consumers: ['orders', 'disputes', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: ShipmentStatusChangedV1) => p.orderId,
    payload: ShipmentStatusChangedV1,
    description: 'A courier checkpoint was accepted: canonical and raw status, time, place, flags.',
  }),
  'delivery.shipment-first-scanned': defineEvent({
    type: 'delivery.shipment-first-scanned',
    version: 1,
    topic: TOPICS.deliveryEvents.name,
    owner: 'delivery-tracking',
    consumers: ['escrow', 'orders', 'disputes', 'notifications', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: ShipmentFirstScannedV1) => p.orderId,
    payload: ShipmentFirstScannedV1,
    description: 'The courier scanned the parcel for the first time: the ship-by deadline is met.',
  }),
  'delivery.shipment-delivered': defineEvent({
    type: 'delivery.shipment-delivered',
    version: 1,
    topic: TOPICS.deliveryEvents.name,
    owner: 'delivery-tracking',
    consumers: ['escrow', 'orders', 'disputes', 'notifications', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: ShipmentDeliveredV1) => p.orderId,
    payload: ShipmentDeliveredV1,
    description: 'The parcel was delivered (OUTBOUND: to the buyer, with COD cash collected; RETURN: to the seller).',
  }),
  'delivery.shipment-delivery-failed-finally': defineEvent({
    type: 'delivery.shipment-delivery-failed-finally',
    version: 1,
    topic: TOPICS.deliveryEvents.name,
    owner: 'delivery-tracking',
    consumers: ['escrow', 'orders', 'disputes', 'notifications', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: ShipmentDeliveryFailedFinallyV1) => p.orderId,
    payload: ShipmentDeliveryFailedFinallyV1,
    description: 'Delivery failed for good after the configured number of attempts; the parcel goes back.',
  }),
  'delivery.shipment-returned': defineEvent({
    type: 'delivery.shipment-returned',
    version: 1,
    topic: TOPICS.deliveryEvents.name,
    owner: 'delivery-tracking',
    consumers: ['escrow', 'orders', 'disputes', 'notifications', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: ShipmentReturnedV1) => p.orderId,
    payload: ShipmentReturnedV1,
    description: 'The parcel came back to its sender (RETURNED).',
  }),
  'delivery.shipment-lost': defineEvent({
    type: 'delivery.shipment-lost',
    version: 1,
    topic: TOPICS.deliveryEvents.name,
    owner: 'delivery-tracking',
    consumers: ['escrow', 'orders', 'disputes', 'notifications', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: ShipmentLostV1) => p.orderId,
    payload: ShipmentLostV1,
    description: 'The courier reported the parcel lost; operators decide.',
  }),
} as const;
