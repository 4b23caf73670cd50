import type { CourierEventResult } from '../../../tracking/application/record-courier-event/record-courier-event.use-case';
import { CourierBatchItemResult } from './courier-events-batch.response';

describe(CourierBatchItemResult.name, () => {
  const recorded = (result: CourierEventResult): CourierBatchItemResult => CourierBatchItemResult.of({ index: 7, kind: 'recorded', trackingNumber: 'T1', result });

  it('answers each outcome with its index and only the fields it has', () => {
    expect(recorded({ kind: 'accepted', checkpointId: 'c1', shipmentId: 's1', status: 'DELIVERED', currentStatus: 'DELIVERED', late: false, flagged: false })).toEqual({
      index: 7,
      result: 'accepted',
      checkpointId: 'c1',
    });
    expect(recorded({ kind: 'duplicate', checkpointId: 'c1', shipmentId: 's1' })).toEqual({ index: 7, result: 'duplicate', checkpointId: 'c1' });
    expect(recorded({ kind: 'parked', parkedId: 'p1', expiresAt: new Date('2025-03-10T00:00:00Z') })).toEqual({ index: 7, result: 'parked', expiresAt: '2025-03-10T00:00:00.000Z' });
    expect(recorded({ kind: 'not-found' })).toEqual({ index: 7, result: 'not-found' });
    expect(recorded({ kind: 'refused', field: 'occurredAt', reason: 'IN_THE_FUTURE', detail: 'occurredAt … is in the future.' })).toEqual({
      index: 7,
      result: 'refused',
      errors: [{ field: 'occurredAt', message: 'occurredAt … is in the future.' }],
    });
  });

  it('lists an invalid item’s field errors without their rule codes', () => {
    expect(CourierBatchItemResult.of({ index: 2, kind: 'invalid', errors: [{ field: 'status', message: 'status must be one of …' }] })).toEqual({
      index: 2,
      result: 'invalid',
      errors: [{ field: 'status', message: 'status must be one of …' }],
    });
  });
});
