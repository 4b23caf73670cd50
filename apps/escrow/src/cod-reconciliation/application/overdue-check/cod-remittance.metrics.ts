import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { Metrics } from '@trustcircle/observability';
import type { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { OWING_SQL } from '../../infrastructure/cod-owing.sql';

/**
 * Names of the COD remittance metrics (`tc_` prefix, unit in the name).
 * WARNING: dashboards and alerts query these names; never rename one.
 */
export const COD_METRIC_NAMES = {
  /**
   * Gauge `{courier_id}`: seconds since the delivery of the courier's oldest parcel whose cash it still owes.
   * Only couriers owing cash have a series (a courier that owes nothing has none, i.e. no value rather than 0).
   */
  oldestUnremitted: 'tc_cod_oldest_unremitted_seconds',
} as const;

/**
 * The COD remittance gauge, computed when Prometheus scrapes (like `tc_outbox_backlog`): one grouped query on the
 * partial index of owing parcels, ages from the service clock. So every replica answers the same current value
 * (a value set by the scheduled check would be stale on the replicas that did not run the last one, and age only
 * every interval). A database error keeps the last values and is logged; the scrape still answers.
 */
@Injectable()
export class CodRemittanceMetrics {
  private readonly logger = new Logger(CodRemittanceMetrics.name);
  readonly oldestUnremitted: Gauge<'courier_id'>;

  constructor(metrics: Metrics, @InjectDataSource() dataSource: DataSource, @Inject(CLOCK) clock: Clock) {
    const logger = this.logger;
    this.oldestUnremitted = metrics.gauge({
      name: COD_METRIC_NAMES.oldestUnremitted,
      help: 'Seconds since the delivery of the oldest COD parcel whose cash the courier still owes, per courier.',
      labelNames: ['courier_id'],
      async collect() {
        try {
          const rows = (await dataSource.query(
            `SELECT p."courier_id", min(p."delivered_at") AS "oldest" FROM "escrow"."cod_parcels" p WHERE ${OWING_SQL} GROUP BY p."courier_id"`,
          )) as Array<{ courier_id: string; oldest: Date }>;
          const now = clock.now().getTime();
          this.reset();
          for (const r of rows) this.set({ courier_id: r.courier_id }, Math.max(0, Math.floor((now - new Date(r.oldest).getTime()) / 1000)));
        } catch (e) {
          logger.warn(`could not compute ${COD_METRIC_NAMES.oldestUnremitted}: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    });
  }
}
