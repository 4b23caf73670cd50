import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CourierBatchOutcome } from '../../application/record-courier-events-batch/record-courier-events-batch.use-case';

/** What became of one batch item. WARNING: wire values, never rename. */
export const COURIER_BATCH_RESULTS = ['accepted', 'duplicate', 'parked', 'refused', 'invalid', 'not-found'] as const;
export type CourierBatchResult = (typeof COURIER_BATCH_RESULTS)[number];

/** One invalid field of a batch item (or the reason an item was refused). */
export class CourierBatchItemError {
  @ApiProperty({ example: 'occurredAt', description: 'The field, `` for the item as a whole.' })
  field!: string;

  @ApiProperty({ example: 'occurredAt must be an ISO-8601 instant with an offset' })
  message!: string;
}

/** The result of one item of `events:batch`, at its index. */
export class CourierBatchItemResult {
  @ApiProperty({ example: 0, description: 'The item’s position in `events`.' })
  index!: number;

  @ApiProperty({
    enum: COURIER_BATCH_RESULTS,
    description:
      'accepted: recorded in the timeline; duplicate: already recorded (absorbed); parked: tracking number not registered yet, kept ' +
      'until expiresAt; refused: occurredAt far in the future or before the order (see errors); invalid: the item breaks the format (see ' +
      'errors, nothing stored); not-found: the parcel is not registered with you.',
  })
  result!: CourierBatchResult;

  @ApiPropertyOptional({ format: 'uuid', description: 'accepted and duplicate: the checkpoint.' })
  checkpointId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'parked: when the event is dropped if still unregistered.' })
  expiresAt?: string;

  @ApiPropertyOptional({ type: [CourierBatchItemError], description: 'invalid: each field and rule broken; refused: the reason, on occurredAt.' })
  errors?: CourierBatchItemError[];

  static of(outcome: CourierBatchOutcome): CourierBatchItemResult {
    const { index } = outcome;
    if (outcome.kind === 'invalid') return { index, result: 'invalid', errors: outcome.errors.map(({ field, message }) => ({ field, message })) };
    const r = outcome.result;
    switch (r.kind) {
      case 'accepted':
      case 'duplicate':
        return { index, result: r.kind, checkpointId: r.checkpointId };
      case 'parked':
        return { index, result: 'parked', expiresAt: r.expiresAt.toISOString() };
      case 'refused':
        return { index, result: 'refused', errors: [{ field: r.field, message: r.detail }] };
      case 'not-found':
        return { index, result: 'not-found' };
    }
  }
}

/** The answer (200) to `events:batch`: one result per item, in the items' order. */
export class CourierEventsBatchResponse {
  @ApiProperty({ type: [CourierBatchItemResult] })
  results!: CourierBatchItemResult[];
}
