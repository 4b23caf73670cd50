import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NotificationRecord, type NotificationStatus } from '../../../notifications/infrastructure/notification.orm-entity';
import { NotificationAttemptRecord } from '../../infrastructure/pipeline.orm-entities';

/** A listing's filters: at least one of orderId and recipient; a marketplace sees only its own orders. */
export interface NotificationFilter {
  marketplaceId: string | null;
  orderId?: string;
  recipient?: string;
  status?: NotificationStatus;
  /** Keyset: rows older (smaller seq) than this. */
  beforeSeq?: number;
  limit: number;
}

/** A notification with its attempts, newest first. */
export interface NotificationWithAttempts {
  notification: NotificationRecord;
  attempts: NotificationAttemptRecord[];
}

/** The audit listing: notifications newest first with every attempt (provider, answer, latency). */
@Injectable()
export class ListNotificationsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(f: NotificationFilter): Promise<{ items: NotificationWithAttempts[]; nextBeforeSeq: number | null }> {
    const q = this.dataSource.manager.createQueryBuilder(NotificationRecord, 'n').orderBy('n.seq', 'DESC').take(f.limit + 1);
    if (f.marketplaceId) q.andWhere('n.marketplace_id = :mp', { mp: f.marketplaceId });
    if (f.orderId) q.andWhere('n.order_id = :orderId', { orderId: f.orderId });
    if (f.recipient) q.andWhere('n.recipient = :recipient', { recipient: f.recipient });
    if (f.status) q.andWhere('n.status = :status', { status: f.status });
    if (f.beforeSeq !== undefined) q.andWhere('n.seq < :seq', { seq: f.beforeSeq });
    const rows = await q.getMany();
    const page = rows.slice(0, f.limit);
    const attempts = page.length ? await this.dataSource.manager.find(NotificationAttemptRecord, { where: { notificationId: In(page.map((r) => r.id)) }, order: { attempt: 'ASC' } }) : [];
    return {
      items: page.map((n) => ({ notification: n, attempts: attempts.filter((a) => a.notificationId === n.id) })),
      nextBeforeSeq: rows.length > f.limit ? page[page.length - 1].seq : null,
    };
  }
}
