import type { EntityManager } from 'typeorm';
import { type TrustBucket, ZERO_COUNTS } from '../../domain/trust-counts';
import type { TrustDay } from '../../domain/trust-day';

interface DailyRow {
  day: string;
  shipments: number;
  exceptions: number;
  delivered: number;
  delivered_on_time: number;
  attempts: number;
  failed_attempts: number;
}

/**
 * A courier's trust buckets for the days `from`…`to` (inclusive): the day counters, the latency histograms and
 * the COD remittance ages, from delivery tracking's read model (a few rows per day; no event is rescanned).
 */
export async function loadTrustBuckets(m: EntityManager, courierId: string, from: TrustDay, to: TrustDay): Promise<Map<TrustDay, TrustBucket>> {
  const params = [courierId, from, to];
  const range = `"courier_id" = $1 AND "day" BETWEEN $2::date AND $3::date`;
  const daily = (await m.query(
    `SELECT to_char("day", 'YYYY-MM-DD') AS "day", "shipments", "exceptions", "delivered", "delivered_on_time", "attempts", "failed_attempts" FROM "delivery"."courier_trust_daily" WHERE ${range}`,
    params,
  )) as DailyRow[];
  const latency = (await m.query(
    `SELECT to_char("day", 'YYYY-MM-DD') AS "day", "minutes" AS "value", "events" AS "n" FROM "delivery"."courier_trust_latency" WHERE ${range}`,
    params,
  )) as HistogramRow[];
  const cod = (await m.query(
    `SELECT to_char("day", 'YYYY-MM-DD') AS "day", "age_minutes" AS "value", count(*)::int AS "n" FROM "delivery"."courier_trust_cod_remittances" WHERE ${range} GROUP BY "day", "age_minutes"`,
    params,
  )) as HistogramRow[];
  const buckets = new Map<
    TrustDay,
    {
      counts: TrustBucket['counts'];
      latencyMinutes: Map<number, number>;
      codAgeMinutes: Map<number, number>;
    }
  >();
  const bucket = (day: TrustDay) => {
    let b = buckets.get(day);
    if (!b)
      buckets.set(
        day,
        (b = {
          counts: { ...ZERO_COUNTS },
          latencyMinutes: new Map(),
          codAgeMinutes: new Map(),
        }),
      );
    return b;
  };
  for (const r of daily) {
    bucket(r.day).counts = {
      shipments: r.shipments,
      exceptions: r.exceptions,
      delivered: r.delivered,
      deliveredOnTime: r.delivered_on_time,
      attempts: r.attempts,
      failedAttempts: r.failed_attempts,
    };
  }
  for (const r of latency) bucket(r.day).latencyMinutes.set(r.value, r.n);
  for (const r of cod) bucket(r.day).codAgeMinutes.set(r.value, r.n);
  return buckets;
}

interface HistogramRow {
  day: string;
  value: number;
  n: number;
}

/** The first day the courier has a counter bucket, or null. */
export async function firstTrustDay(m: EntityManager, courierId: string): Promise<TrustDay | null> {
  const [row] = (await m.query(`SELECT to_char(min("day"), 'YYYY-MM-DD') AS "day" FROM "delivery"."courier_trust_daily" WHERE "courier_id" = $1`, [
    courierId,
  ])) as Array<{ day: string | null }>;
  return row?.day ?? null;
}
