import { randomUUID } from 'node:crypto';
import { type EventType, type PayloadOf, sampleEnvelope } from '@trustcircle/contracts';
import { checkpointOf, COURIER_CHECKPOINT_EVENTS, type CourierCheckpointEvent } from './courier-checkpoint';

const about = { orderId: randomUUID(), shipmentId: randomUUID(), courierId: randomUUID(), trackingNumber: 'GHN-123456', direction: 'RETURN' as const };
const AT = '2026-11-20T03:04:05.678Z';

function event<T extends EventType>(type: T, data: Partial<PayloadOf<T>>): CourierCheckpointEvent {
  return sampleEnvelope(type, { ...about, ...data } as Partial<PayloadOf<T>>) as unknown as CourierCheckpointEvent;
}

const base = { orderId: about.orderId, shipmentId: about.shipmentId, courierId: about.courierId, trackingNumber: 'GHN-123456', direction: 'RETURN', occurredAt: new Date(AT) };

describe('checkpointOf', () => {
  it('reads a status change whole: canonical and raw status, time, place and note', () => {
    const e = event('delivery.shipment-status-changed', { status: 'DELIVERY_FAILED', rawStatus: 'delivery_fail', occurredAt: AT, location: 'Kho Cầu Giấy', note: 'Khách không nghe máy' });
    expect(checkpointOf(e)).toEqual({ ...base, eventId: e.id, status: 'DELIVERY_FAILED', rawStatus: 'delivery_fail', location: 'Kho Cầu Giấy', description: 'Khách không nghe máy' });
  });

  it.each<[string, EventType, Record<string, unknown>, Record<string, unknown>]>([
    ['a first scan', 'delivery.shipment-first-scanned', { status: 'IN_TRANSIT', scannedAt: AT }, { status: 'IN_TRANSIT', location: null, description: null }],
    ['a delivery', 'delivery.shipment-delivered', { deliveredAt: AT, location: 'Hà Nội' }, { status: 'DELIVERED', location: 'Hà Nội', description: null }],
    ['a final failure', 'delivery.shipment-delivery-failed-finally', { lastAttemptAt: AT, lastReason: 'Sai địa chỉ' }, { status: 'DELIVERY_FAILED', location: null, description: 'Sai địa chỉ' }],
    ['a return', 'delivery.shipment-returned', { returnedAt: AT }, { status: 'RETURNED', location: null, description: null }],
    ['a loss', 'delivery.shipment-lost', { lostAt: AT }, { status: 'LOST', location: null, description: null }],
  ])('reads %s as the checkpoint it repeats (same shipment, status and time)', (_name, type, data, expected) => {
    const e = event(type, data as never);
    expect(checkpointOf(e)).toEqual({ ...base, eventId: e.id, rawStatus: null, ...expected });
  });

  it('covers every delivery event that carries a checkpoint', () => {
    expect([...COURIER_CHECKPOINT_EVENTS].sort()).toEqual(
      [
        'delivery.shipment-delivered',
        'delivery.shipment-delivery-failed-finally',
        'delivery.shipment-first-scanned',
        'delivery.shipment-lost',
        'delivery.shipment-returned',
        'delivery.shipment-status-changed',
      ].sort(),
    );
  });
});
