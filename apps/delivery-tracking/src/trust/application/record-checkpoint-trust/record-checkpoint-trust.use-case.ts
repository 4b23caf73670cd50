import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DeliveryEnv } from '../../../config/delivery.env';
import { type AcceptedCheckpoint, checkpointTrustFacts } from '../../domain/checkpoint-trust-facts';
import type { TrustCounts } from '../../domain/trust-counts';
import type { TrustDay } from '../../domain/trust-day';

/**
 * Adds an accepted courier checkpoint to its courier's trust buckets, in the transaction that accepted it
 * (`RecordCourierEventUseCase`): duplicates never get here (the checkpoint dedupe absorbs them first), so nothing
 * counts twice. Increments only: the day's counters, the exception mark (once per shipment) and the latency
 * histogram.
 */
@Injectable()
export class RecordCheckpointTrustUseCase {
  constructor(private readonly env: DeliveryEnv) {}

  async execute(m: EntityManager, courierId: string, shipmentId: string, cp: AcceptedCheckpoint): Promise<void> {
    const facts = checkpointTrustFacts(cp, this.env.COURIER_TRUST_DEFAULT_SLA_HOURS);
    const counts: Partial<TrustCounts> = { ...facts.counts };
    if (facts.exceptionCandidate) {
      const marked = (await m.query(
        `INSERT INTO "delivery"."courier_trust_exceptions" ("shipment_id", "courier_id", "day") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING "shipment_id"`,
        [shipmentId, courierId, facts.day],
      )) as unknown[];
      if (marked.length === 1) counts.exceptions = 1;
    }
    await addCounts(m, courierId, facts.day, counts);
    await m.query(
      `INSERT INTO "delivery"."courier_trust_latency" ("courier_id", "day", "minutes", "events") VALUES ($1, $2, $3, 1)
       ON CONFLICT ("courier_id", "day", "minutes") DO UPDATE SET "events" = "courier_trust_latency"."events" + 1`,
      [courierId, facts.latency.day, facts.latency.minutes],
    );
  }
}

const COLUMNS: ReadonlyArray<[keyof TrustCounts, string]> = [
  ['shipments', 'shipments'],
  ['exceptions', 'exceptions'],
  ['delivered', 'delivered'],
  ['deliveredOnTime', 'delivered_on_time'],
  ['attempts', 'attempts'],
  ['failedAttempts', 'failed_attempts'],
];

/** Increments a courier's day bucket (created at zero if absent). Nothing to add: nothing written. */
async function addCounts(m: EntityManager, courierId: string, day: TrustDay, counts: Partial<TrustCounts>): Promise<void> {
  const present = COLUMNS.filter(([key]) => (counts[key] ?? 0) !== 0);
  if (present.length === 0) return;
  const names = present.map(([, column]) => `"${column}"`).join(', ');
  const values = present.map((_, i) => `$${i + 3}`).join(', ');
  const updates = present.map(([, column]) => `"${column}" = "courier_trust_daily"."${column}" + EXCLUDED."${column}"`).join(', ');
  await m.query(
    `INSERT INTO "delivery"."courier_trust_daily" ("courier_id", "day", ${names}) VALUES ($1, $2, ${values})
     ON CONFLICT ("courier_id", "day") DO UPDATE SET ${updates}`,
    [courierId, day, ...present.map(([key]) => counts[key])],
  );
}
