import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock, toVnd } from '@trustcircle/kernel';
import { type EntityManager, LessThanOrEqual } from 'typeorm';
import type { ShipmentRecord } from '../../../shipments/infrastructure/shipment.orm-entity';
import type { CourierCheckpoint } from '../../domain/courier-checkpoint';
import { ParkedCourierEventRecord } from '../../infrastructure/parked-courier-event.orm-entity';
import { type CourierEventResult, RecordCourierEventUseCase } from '../record-courier-event/record-courier-event.use-case';

/**
 * A shipment was registered after its courier had already reported on it: the parked events of that courier and
 * tracking number are applied to its timeline now, oldest first (by when they happened), in the registration's
 * transaction, and removed. Events refused now (e.g. before the order) are dropped with a log line.
 */
@Injectable()
export class ReplayParkedEventsUseCase {
  private readonly logger = new Logger(ReplayParkedEventsUseCase.name);

  constructor(
    private readonly recordEvent: RecordCourierEventUseCase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, shipment: ShipmentRecord): Promise<CourierEventResult[]> {
    const parked = await m.find(ParkedCourierEventRecord, { where: { courierId: shipment.courierId, trackingNumber: shipment.trackingNumber }, order: { receivedAt: 'ASC', id: 'ASC' } });
    if (parked.length === 0) return [];
    await m.delete(ParkedCourierEventRecord, parked.map((p) => p.id));
    const live = parked.filter((p) => p.expiresAt.getTime() > this.clock.now().getTime()).map((p) => ({ cp: revive(p.event), arrivedAt: p.receivedAt }));
    live.sort((a, b) => a.cp.occurredAt.getTime() - b.cp.occurredAt.getTime());
    const results: CourierEventResult[] = [];
    for (const { cp, arrivedAt } of live) {
      const result = await this.recordEvent.record(m, shipment.courierId, cp, arrivedAt);
      if (result.kind === 'refused') this.logger.warn(`parked ${cp.source} event for shipment ${shipment.id} dropped: ${result.reason}`);
      results.push(result);
    }
    return results;
  }

  /** Deletes parked events whose time is up; answers how many. */
  async purgeExpired(m: EntityManager): Promise<number> {
    const result = await m.delete(ParkedCourierEventRecord, { expiresAt: LessThanOrEqual(this.clock.now()) });
    return result.affected ?? 0;
  }
}

function revive(e: CourierCheckpoint<string>): CourierCheckpoint {
  return { ...e, occurredAt: new Date(e.occurredAt), codAmount: e.codAmount === null ? null : toVnd(e.codAmount) };
}
