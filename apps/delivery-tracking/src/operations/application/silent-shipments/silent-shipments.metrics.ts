import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TERMINAL_SHIPMENT_STATUSES } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { Metrics } from '@trustcircle/observability';
import type { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { ShipmentRecord } from '../../../shipments/infrastructure/shipment.orm-entity';
import { oldestSilenceAges } from './silence-age';

/** Gauge `{courier_id}`: age in seconds of the oldest silent active shipment per courier. WARNING: never rename. */
export const SILENT_SHIPMENT_METRIC = 'tc_delivery_oldest_silent_shipment_age_seconds';

/**
 * The age (seconds) of each courier's oldest silence: among its active shipments (no terminal status), the
 * longest time since the last courier event (or since the registration, before the first). Computed on each
 * scrape by one grouped query over the active shipments (a partial index covers them); a courier with no
 * active shipment has no series. If the query fails, the scrape carries no series rather than stale ones.
 */
@Injectable()
export class SilentShipmentMetrics {
  private readonly logger = new Logger(SilentShipmentMetrics.name);
  private readonly gauge: Gauge<'courier_id'>;

  constructor(
    metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.gauge = metrics.gauge({
      name: SILENT_SHIPMENT_METRIC,
      help: 'Age in seconds of the oldest active shipment with no courier event, per courier.',
      labelNames: ['courier_id'],
      collect: () => this.refresh(),
    });
  }

  /** Re-reads the ages (called by prom-client on each scrape). */
  async refresh(): Promise<void> {
    try {
      const rows = await this.dataSource.manager
        .createQueryBuilder(ShipmentRecord, 's')
        .select('s.courierId', 'courierId')
        .addSelect('MIN(COALESCE(s.last_event_at, s.registered_at))', 'since')
        .where('(s.status IS NULL OR s.status NOT IN (:...terminal))', { terminal: TERMINAL_SHIPMENT_STATUSES })
        .groupBy('s.courierId')
        .getRawMany<{ courierId: string; since: Date }>();
      this.gauge.reset();
      for (const [courierId, seconds] of oldestSilenceAges(rows, this.clock.now())) this.gauge.set({ courier_id: courierId }, seconds);
    } catch (e) {
      this.gauge.reset();
      this.logger.warn(`could not compute silent shipment ages: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
