import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { type EndpointCursor, encodeEndpointCursor } from '../../domain/endpoint-cursor';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import type { EndpointReader } from '../shared/webhook-caller';
import { webhookEndpointView, type WebhookEndpointView } from '../shared/webhook-endpoint-view';

/** What to list: an owner always gets its own live endpoints; operators may narrow to one partner. */
export interface ListWebhookEndpointsInput {
  /** Operators only: one partner's endpoints (deleted ones included). Ignored for an owner. */
  partnerId?: string;
  after?: EndpointCursor;
  limit: number;
}

/** A page of endpoints. */
export interface WebhookEndpointPage {
  items: WebhookEndpointView[];
  /** The cursor of the next page; null on the last. */
  nextCursor: string | null;
}

/** Endpoints, oldest first, keyset-paginated on (created_at, id). Never a secret. */
@Injectable()
export class ListWebhookEndpointsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(reader: EndpointReader, input: ListWebhookEndpointsInput): Promise<WebhookEndpointPage> {
    const qb = this.dataSource.manager.createQueryBuilder(WebhookEndpointRecord, 'e').orderBy('e.createdAt', 'ASC').addOrderBy('e.id', 'ASC').take(input.limit + 1);
    if ('owner' in reader) qb.where('e.ownerPartnerId = :owner AND e.deletedAt IS NULL', { owner: reader.owner.partnerId });
    else if (input.partnerId) qb.where('e.ownerPartnerId = :owner', { owner: input.partnerId });
    if (input.after) qb.andWhere('(e.createdAt, e.id) > (:afterAt, :afterId)', { afterAt: input.after.createdAt, afterId: input.after.id });
    const rows = await qb.getMany();
    const page = rows.slice(0, input.limit);
    const last = page[page.length - 1];
    const now = this.clock.now();
    return {
      items: page.map((r) => webhookEndpointView(r, now)),
      nextCursor: rows.length > input.limit && last ? encodeEndpointCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }
}
