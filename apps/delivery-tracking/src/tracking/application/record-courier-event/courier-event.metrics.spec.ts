import { Metrics } from '@trustcircle/observability';
import { COURIER_EVENT_METRIC_NAMES, CourierEventMetrics } from './courier-event.metrics';

const accepted = (late: boolean) => ({ kind: 'accepted', checkpointId: 'k', shipmentId: 's', status: 'EXCEPTION', currentStatus: 'EXCEPTION', late, flagged: true }) as const;

describe('CourierEventMetrics', () => {
  it('counts each outcome per courier and source, with no shipment label', async () => {
    const metrics = new Metrics('delivery-tracking', false);
    const m = new CourierEventMetrics(metrics);
    m.observe('c-1', accepted(true), { status: 'EXCEPTION', unmapped: true, source: 'GHN' });
    m.observe('c-1', accepted(false), { status: 'IN_TRANSIT', unmapped: false, source: 'GHN' });
    m.observe('c-1', { kind: 'duplicate', checkpointId: 'k', shipmentId: 's' }, { status: 'IN_TRANSIT', unmapped: false, source: 'GHN' });
    m.observe('c-2', { kind: 'parked', parkedId: 'p', expiresAt: new Date() }, { status: 'PICKED_UP', unmapped: false, source: 'GENERIC' });
    m.observe('c-2', { kind: 'not-found' }, { status: 'PICKED_UP', unmapped: false, source: 'GENERIC' });
    m.observe('c-2', { kind: 'refused', field: 'occurredAt', reason: 'IN_THE_FUTURE', detail: '' }, { status: 'PICKED_UP', unmapped: false, source: 'KAFKA' });
    const text = await metrics.render();
    const value = (name: string, courier: string, source: string): string | undefined =>
      text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(`courier_id="${courier}"`) && l.includes(`source="${source}"`))?.split(' ').pop();
    expect(value(COURIER_EVENT_METRIC_NAMES.accepted, 'c-1', 'GHN')).toBe('2');
    expect(value(COURIER_EVENT_METRIC_NAMES.unmapped, 'c-1', 'GHN')).toBe('1');
    expect(value(COURIER_EVENT_METRIC_NAMES.late, 'c-1', 'GHN')).toBe('1');
    expect(value(COURIER_EVENT_METRIC_NAMES.exceptions, 'c-1', 'GHN')).toBe('1');
    expect(value(COURIER_EVENT_METRIC_NAMES.duplicates, 'c-1', 'GHN')).toBe('1');
    expect(value(COURIER_EVENT_METRIC_NAMES.parked, 'c-2', 'GENERIC')).toBe('1');
    expect(value(COURIER_EVENT_METRIC_NAMES.foreign, 'c-2', 'GENERIC')).toBe('1');
    expect(value(COURIER_EVENT_METRIC_NAMES.refused, 'c-2', 'KAFKA')).toBe('1');
    expect(text).not.toMatch(/shipment_id|tracking_number/);
  });
});
