import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import { lockOwnedEndpoint } from '../shared/owned-endpoints';
import type { EndpointOwner } from '../shared/webhook-caller';

/**
 * Deletes an endpoint for its owner: a soft delete. The row stays (DISABLED, reason DELETED) so the deliveries
 * made to it remain explainable to operators, but its secrets are wiped, it no longer counts toward the limit or
 * holds its URL, and its owner gets 404 for it from then on (a second DELETE included). @throws 404 problem
 */
@Injectable()
export class DeleteWebhookEndpointUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(owner: EndpointOwner, endpointId: string): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const endpoint = await lockOwnedEndpoint(m, owner, endpointId);
      const now = this.clock.now();
      await m.update(
        WebhookEndpointRecord,
        { id: endpoint.id },
        { status: 'DISABLED', disabledReason: 'DELETED', disabledAt: now, secrets: [], deletedAt: now, updatedAt: now },
      );
    });
  }
}
