import { sampleCourierIntake } from '@trustcircle/contracts';
import type { DeliveryEnv } from '../../../config/delivery.env';
import type { CourierCheckpoint } from '../../../tracking/domain/courier-checkpoint';
import type { CourierEventResult, RecordCourierEventUseCase } from '../../../tracking/application/record-courier-event/record-courier-event.use-case';
import { RecordCourierEventsBatchUseCase } from './record-courier-events-batch.use-case';

const COURIER = '0b8f1a3e-3c1d-4f5e-9a7b-1c2d3e4f5a6b';

function useCase(record: (courierId: string, cp: CourierCheckpoint) => Promise<CourierEventResult>, concurrency = 4): RecordCourierEventsBatchUseCase {
  const recordEvent = { execute: jest.fn(record) } as unknown as RecordCourierEventUseCase;
  return new RecordCourierEventsBatchUseCase(recordEvent, { COURIER_BATCH_CONCURRENCY: concurrency } as DeliveryEnv);
}

const item = (trackingNumber: string, minute: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...sampleCourierIntake(),
  trackingNumber,
  occurredAt: `2025-03-03T09:${String(minute).padStart(2, '0')}:00Z`,
  ...extra,
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe(RecordCourierEventsBatchUseCase.name, () => {
  it('answers one outcome per item in order: invalid items reported, valid ones recorded as GENERIC_BATCH', async () => {
    const seen: CourierCheckpoint[] = [];
    const batch = useCase(async (courierId, cp) => {
      expect(courierId).toBe(COURIER);
      seen.push(cp);
      return { kind: 'duplicate', checkpointId: `cp-${cp.trackingNumber}`, shipmentId: 's' };
    });
    const outcomes = await batch.execute(COURIER, [item('A', 1), item('B', 2, { status: 'nope' }), null, item('C', 3)]);
    expect(outcomes.map((o) => [o.index, o.kind])).toEqual([
      [0, 'recorded'],
      [1, 'invalid'],
      [2, 'invalid'],
      [3, 'recorded'],
    ]);
    expect(outcomes[1]).toMatchObject({ errors: [expect.objectContaining({ field: 'status' })] });
    expect(seen.map((cp) => [cp.trackingNumber, cp.source])).toEqual([
      ['A', 'GENERIC_BATCH'],
      ['C', 'GENERIC_BATCH'],
    ]);
  });

  it('records one tracking number’s items one after the other, in the order sent, while others run side by side', async () => {
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const batch = useCase(async (_c, cp) => {
      running++;
      most = Math.max(most, running);
      log.push(`start ${cp.trackingNumber}@${cp.occurredAt.getUTCMinutes()}`);
      await sleep(cp.trackingNumber === 'A' ? 15 : 5);
      log.push(`end ${cp.trackingNumber}@${cp.occurredAt.getUTCMinutes()}`);
      running--;
      return { kind: 'not-found' };
    }, 3);
    await batch.execute(COURIER, [item('A', 1), item('B', 2), item('A', 3), item('C', 4), item('A', 5), item('D', 6)]);
    const a = log.filter((l) => l.includes(' A@'));
    expect(a).toEqual(['start A@1', 'end A@1', 'start A@3', 'end A@3', 'start A@5', 'end A@5']);
    expect(most).toBe(3);
  });

  it('fails the request after every lane has stopped when an item fails unexpectedly', async () => {
    const batch = useCase(async (_c, cp) => {
      if (cp.trackingNumber === 'B') throw new Error('connection lost');
      await sleep(5);
      return { kind: 'not-found' };
    }, 2);
    await expect(batch.execute(COURIER, [item('A', 1), item('B', 2), item('C', 3)])).rejects.toThrow('connection lost');
  });
});
