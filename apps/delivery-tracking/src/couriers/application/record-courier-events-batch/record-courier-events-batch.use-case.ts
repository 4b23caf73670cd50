import { Injectable } from '@nestjs/common';
import type { CourierIntakeV1, FieldError } from '@trustcircle/contracts';
import { DeliveryEnv } from '../../../config/delivery.env';
import { type CourierEventResult, RecordCourierEventUseCase } from '../../../tracking/application/record-courier-event/record-courier-event.use-case';
import { checkBatchItem, lanesByTrackingNumber } from '../../domain/courier-event-batch';
import { checkpointFromIntake } from '../../domain/courier-intake-checkpoint';

/** What became of one batch item: invalid (never applied), or the ingest result. */
export type CourierBatchOutcome =
  | { index: number; kind: 'invalid'; errors: FieldError[] }
  | { index: number; kind: 'recorded'; trackingNumber: string; result: CourierEventResult };

/**
 * Records a courier's batch of generic-format events (`POST /v1/couriers/{courierId}/events:batch`): every item
 * is validated on its own (an invalid one is reported, never applied), and every valid one is recorded in its
 * own transaction (`RecordCourierEventUseCase.execute`), so no item's failure undoes another's. Items of one
 * tracking number run one after the other in the order sent; different tracking numbers run side by side, up to
 * COURIER_BATCH_CONCURRENCY at a time. Answers one outcome per item, in the items' order.
 *
 * An unexpected failure of an item (the database gone) fails the request once every lane has stopped; the items
 * already recorded stay, and the courier's retry finds them as duplicates.
 */
@Injectable()
export class RecordCourierEventsBatchUseCase {
  constructor(
    private readonly recordEvent: RecordCourierEventUseCase,
    private readonly env: DeliveryEnv,
  ) {}

  async execute(courierId: string, items: readonly unknown[]): Promise<CourierBatchOutcome[]> {
    const outcomes: CourierBatchOutcome[] = new Array(items.length);
    const valid = new Map<number, CourierIntakeV1>();
    items.forEach((raw, index) => {
      const checked = checkBatchItem(raw);
      if (checked.ok) valid.set(index, checked.event);
      else outcomes[index] = { index, kind: 'invalid', errors: checked.errors };
    });
    const lanes = lanesByTrackingNumber([...valid].map(([index, event]) => ({ index, trackingNumber: event.trackingNumber })));
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      while (failure === undefined && next < lanes.length) {
        const lane = lanes[next++];
        for (const index of lane) {
          const event = valid.get(index) as CourierIntakeV1;
          try {
            const result = await this.recordEvent.execute(courierId, checkpointFromIntake(event, 'GENERIC_BATCH'));
            outcomes[index] = { index, kind: 'recorded', trackingNumber: event.trackingNumber, result };
          } catch (error) {
            failure ??= { error };
            return;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.env.COURIER_BATCH_CONCURRENCY, lanes.length) }, worker));
    if (failure !== undefined) throw failure.error;
    return outcomes;
  }
}
