import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { MAX_COURIER_BATCH_EVENTS } from '../../domain/courier-event-batch';

/**
 * Body of `POST /v1/couriers/{courierId}/events:batch`. Only the list itself is checked here (1–500 items);
 * each item is validated on its own by the use case, so one bad item is reported, not a 400 for the batch.
 */
export class RecordCourierEventsBatchBody {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COURIER_BATCH_EVENTS, { message: `events must hold at most ${MAX_COURIER_BATCH_EVENTS} items` })
  events!: unknown[];
}
