import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import type { EndpointReader } from '../shared/webhook-caller';
import { webhookEndpointView, type WebhookEndpointView } from '../shared/webhook-endpoint-view';
import { webhookProblems } from '../shared/webhook-problems';

/**
 * One endpoint: an owner's own (another partner's, or a deleted one, answers 404), or any for operators (deleted
 * ones included, as DISABLED with reason DELETED). Never a secret. @throws 404 problem
 */
@Injectable()
export class GetWebhookEndpointQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(reader: EndpointReader, endpointId: string): Promise<WebhookEndpointView> {
    const qb = this.dataSource.manager.createQueryBuilder(WebhookEndpointRecord, 'e').where('e.id = :endpointId', { endpointId });
    if ('owner' in reader) qb.andWhere('e.ownerPartnerId = :owner AND e.deletedAt IS NULL', { owner: reader.owner.partnerId });
    const endpoint = await qb.getOne();
    if (!endpoint) throw webhookProblems.endpointNotFound(endpointId);
    return webhookEndpointView(endpoint, this.clock.now());
  }
}
