import type { ShipmentStatus } from '@trustcircle/contracts';
import type { CheckpointSource } from '../infrastructure/checkpoint.orm-entity';

/**
 * A courier event in the canonical vocabulary, whatever format it came in (generic, batch, Kafka, GHN, Viettel
 * Post): what every intake path hands to the ingest use case. `T` is the time type (Date, or string when stored).
 */
export interface CourierCheckpoint<T = Date> {
  trackingNumber: string;
  status: ShipmentStatus;
  /** The courier's own status code, as sent (the canonical status for the generic format). */
  rawStatus: string;
  /** True when the courier's code has no mapping (status EXCEPTION, flagged for operators). */
  unmapped: boolean;
  occurredAt: T;
  location: string | null;
  note: string | null;
  /** Cash collected on delivery, whole VND (as a decimal string when stored). */
  codAmount: (T extends Date ? bigint : string) | null;
  source: CheckpointSource;
}
