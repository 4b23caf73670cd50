import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { DisputeRecord, type VulnerableStatus } from '../../infrastructure/dispute.orm-entity';

/** The vulnerable-consumer statuses that put a case at the front of the queue (a mediator's REMOVED does not). */
export const PRIORITY_STATUSES: readonly VulnerableStatus[] = ['DECLARED', 'CONFIRMED'];

/** Which part of the mediators' queue to read. */
export interface MediatorQueueCriteria {
  marketplaceId?: string;
  /** 1–200. */
  limit: number;
}

/** The head of the mediators' queue, how long it is in all, and the instant its time-left figures are measured at. */
export interface MediatorQueue {
  items: DisputeRecord[];
  total: number;
  asOf: Date;
}

/**
 * The mediators' queue: ESCALATED disputes, vulnerable consumers first (declared or confirmed, not removed), then
 * by the mediator's deadline (soonest, so overdue cases, first; a case without one last), then the oldest
 * complaint, then id (a total order).
 */
@Injectable()
export class MediatorQueueQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(c: MediatorQueueCriteria): Promise<MediatorQueue> {
    const asOf = this.clock.now();
    const q = this.dataSource.manager
      .createQueryBuilder(DisputeRecord, 'd')
      .where('d.state = :state', { state: 'ESCALATED' })
      .addSelect('CASE WHEN d.vulnerableStatus IN (:...priority) THEN 0 ELSE 1 END', 'queue_rank')
      .setParameter('priority', PRIORITY_STATUSES)
      .orderBy('queue_rank', 'ASC')
      .addOrderBy('d.mediatorDueAt', 'ASC', 'NULLS LAST')
      .addOrderBy('d.openedAt', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(c.limit);
    if (c.marketplaceId) q.andWhere('d.marketplaceId = :marketplaceId', { marketplaceId: c.marketplaceId });
    const [items, total] = [await q.getMany(), await q.clone().orderBy().limit(undefined).getCount()];
    return { items, total, asOf };
  }
}
