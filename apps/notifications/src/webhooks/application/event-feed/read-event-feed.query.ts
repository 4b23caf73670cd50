import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { encodeFeedCursor } from '../../domain/feed-cursor';
import { EventFeedEntryRecord } from '../../infrastructure/event-feed-entry.orm-entity';

/** One event of a feed page. */
export interface FeedItem {
  /** The source event's id: the same event never appears twice in one feed. */
  id: string;
  type: string;
  occurredAt: string;
  orderId: string | null;
  data: Record<string, unknown>;
}

/** A page of a feed. */
export interface FeedPage {
  items: FeedItem[];
  /** Where to continue: after the last item, or the same position when the page is empty (poll with it). */
  nextCursor: string;
  /** True when more events are already waiting after this page. */
  hasMore: boolean;
}

/** A partner's own events, oldest first, after a position (`seq`, decimal; "0" from the start). */
@Injectable()
export class ReadEventFeedQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(ownerPartnerId: string, afterSeq: string, limit: number): Promise<FeedPage> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(EventFeedEntryRecord, 'f')
      .where('f.ownerPartnerId = :ownerPartnerId AND f.seq > :afterSeq', { ownerPartnerId, afterSeq })
      .orderBy('f.seq', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({ id: r.eventId, type: r.eventType, occurredAt: r.occurredAt.toISOString(), orderId: r.orderId, data: r.payload })),
      nextCursor: encodeFeedCursor(last ? last.seq : afterSeq),
      hasMore: rows.length > limit,
    };
  }
}
