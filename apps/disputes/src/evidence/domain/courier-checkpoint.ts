/**
 * A courier checkpoint as disputes keeps it, read from delivery-tracking's events (pure). Every accepted
 * checkpoint is announced by `delivery.shipment-status-changed`; the milestone events (first scan, delivered,
 * failed for good, returned, lost) repeat one of them with less detail, and are read too so that a timeline keeps
 * its milestones even if a status change never arrived. Delivery-tracking stores a checkpoint once per (shipment,
 * status, time), so that is what identifies one here too.
 */
import type { EventOf, ShipmentDirection, ShipmentStatus } from '@trustcircle/contracts';

/** The delivery events that carry a checkpoint. */
export const COURIER_CHECKPOINT_EVENTS = [
  'delivery.shipment-status-changed',
  'delivery.shipment-first-scanned',
  'delivery.shipment-delivered',
  'delivery.shipment-delivery-failed-finally',
  'delivery.shipment-returned',
  'delivery.shipment-lost',
] as const;
export type CourierCheckpointEventType = (typeof COURIER_CHECKPOINT_EVENTS)[number];
export type CourierCheckpointEvent = { [T in CourierCheckpointEventType]: EventOf<T> }[CourierCheckpointEventType];

/** One checkpoint of a shipment of an order, with the delivery event it came from. */
export interface CourierCheckpoint {
  eventId: string;
  orderId: string;
  shipmentId: string;
  direction: ShipmentDirection;
  trackingNumber: string;
  courierId: string;
  status: ShipmentStatus;
  rawStatus: string | null;
  occurredAt: Date;
  location: string | null;
  description: string | null;
}

/** The checkpoint an event announces. */
export function checkpointOf(event: CourierCheckpointEvent): CourierCheckpoint {
  const { orderId, shipmentId, direction, trackingNumber, courierId } = event.data;
  const base = { eventId: event.id, orderId, shipmentId, direction, trackingNumber, courierId, rawStatus: null, location: null, description: null };
  switch (event.type) {
    case 'delivery.shipment-status-changed': {
      const d = event.data;
      return { ...base, status: d.status, rawStatus: d.rawStatus, occurredAt: new Date(d.occurredAt), location: d.location, description: d.note };
    }
    case 'delivery.shipment-first-scanned':
      return { ...base, status: event.data.status, occurredAt: new Date(event.data.scannedAt) };
    case 'delivery.shipment-delivered':
      return { ...base, status: 'DELIVERED', occurredAt: new Date(event.data.deliveredAt), location: event.data.location };
    case 'delivery.shipment-delivery-failed-finally':
      return { ...base, status: 'DELIVERY_FAILED', occurredAt: new Date(event.data.lastAttemptAt), description: event.data.lastReason };
    case 'delivery.shipment-returned':
      return { ...base, status: 'RETURNED', occurredAt: new Date(event.data.returnedAt) };
    case 'delivery.shipment-lost':
      return { ...base, status: 'LOST', occurredAt: new Date(event.data.lostAt) };
  }
}
