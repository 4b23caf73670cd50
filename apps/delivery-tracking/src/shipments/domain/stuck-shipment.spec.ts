import { type StuckFacts, silentSince, stuckCutoff, stuckReasons } from './stuck-shipment';

const now = new Date('2026-11-28T12:00:00.000Z');
const hoursAgo = (h: number): Date => new Date(now.getTime() - h * 3_600_000);
const shipment = (over: Partial<StuckFacts> = {}): StuckFacts => ({ status: 'IN_TRANSIT', lastEventAt: hoursAgo(1), registeredAt: hoursAgo(100), expectedDeliveryAt: null, ...over });

describe('stuck shipments', () => {
  it('is silent from the last event, or from the registration before the first', () => {
    expect(silentSince(shipment())).toEqual(hoursAgo(1));
    expect(silentSince(shipment({ lastEventAt: null }))).toEqual(hoursAgo(100));
  });

  it('is stuck after N hours without an event, the boundary included', () => {
    expect(stuckReasons(shipment({ lastEventAt: hoursAgo(47) }), now, 48)).toEqual([]);
    expect(stuckReasons(shipment({ lastEventAt: hoursAgo(48) }), now, 48)).toEqual(['SILENT']);
    expect(stuckReasons(shipment({ lastEventAt: null, status: null, registeredAt: hoursAgo(49) }), now, 48)).toEqual(['SILENT']);
    expect(stuckCutoff(now, 48)).toEqual(hoursAgo(48));
  });

  it('is stuck past its expected delivery, for one or both reasons', () => {
    expect(stuckReasons(shipment({ expectedDeliveryAt: hoursAgo(0.5) }), now, 48)).toEqual(['OVERDUE']);
    expect(stuckReasons(shipment({ expectedDeliveryAt: hoursAgo(-1) }), now, 48)).toEqual([]);
    expect(stuckReasons(shipment({ lastEventAt: hoursAgo(60), expectedDeliveryAt: hoursAgo(2) }), now, 48)).toEqual(['SILENT', 'OVERDUE']);
  });

  it.each(['DELIVERED', 'RETURNED', 'LOST', 'CANCELLED'] as const)('is never stuck once %s', (status) => {
    expect(stuckReasons(shipment({ status, lastEventAt: hoursAgo(500), expectedDeliveryAt: hoursAgo(400) }), now, 48)).toEqual([]);
  });

  it('counts an active exception or a failed attempt as active', () => {
    expect(stuckReasons(shipment({ status: 'EXCEPTION', lastEventAt: hoursAgo(72) }), now, 48)).toEqual(['SILENT']);
    expect(stuckReasons(shipment({ status: 'DELIVERY_FAILED', lastEventAt: hoursAgo(72) }), now, 48)).toEqual(['SILENT']);
  });
});
