import type { CourierIntakeV1 } from '@trustcircle/contracts';
import { toVnd } from '@trustcircle/kernel';
import type { CourierCheckpoint } from '../../tracking/domain/courier-checkpoint';
import type { CheckpointSource } from '../../tracking/infrastructure/checkpoint.orm-entity';

/** The intake paths of the generic courier format. */
export type GenericCourierSource = Extract<CheckpointSource, 'GENERIC' | 'GENERIC_BATCH' | 'KAFKA'>;

/**
 * A courier event in the generic format (already validated against `CourierIntakeV1`) as the canonical
 * checkpoint (pure): the status is already canonical, so it is also the raw status and never unmapped; the
 * time is stored in UTC; absent optional fields are null; the COD amount becomes bigint VND.
 */
export function checkpointFromIntake(event: CourierIntakeV1, source: GenericCourierSource): CourierCheckpoint {
  return {
    trackingNumber: event.trackingNumber,
    status: event.status,
    rawStatus: event.status,
    unmapped: false,
    occurredAt: new Date(event.occurredAt),
    location: event.location ?? null,
    note: event.note ?? null,
    codAmount: event.codAmount === undefined || event.codAmount === null ? null : toVnd(event.codAmount),
    source,
  };
}
