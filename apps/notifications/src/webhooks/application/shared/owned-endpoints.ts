import type { EntityManager } from 'typeorm';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import type { EndpointOwner } from './webhook-caller';
import { webhookProblems } from './webhook-problems';

/**
 * Locks (`FOR UPDATE`) an owner's endpoint for a change. Another partner's endpoint and a deleted one answer
 * 404, like one that does not exist. @throws 404 problem
 */
export async function lockOwnedEndpoint(m: EntityManager, owner: EndpointOwner, endpointId: string): Promise<WebhookEndpointRecord> {
  const endpoint = await m
    .createQueryBuilder(WebhookEndpointRecord, 'e')
    .setLock('pessimistic_write')
    .where('e.id = :endpointId AND e.ownerPartnerId = :owner AND e.deletedAt IS NULL', { endpointId, owner: owner.partnerId })
    .getOne();
  if (!endpoint) throw webhookProblems.endpointNotFound(endpointId);
  return endpoint;
}

/**
 * Serialises the endpoint changes of one owner until the transaction ends (the 20-endpoint limit and the
 * one-endpoint-per-URL rule are checked under it).
 */
export async function lockOwnerEndpoints(m: EntityManager, owner: EndpointOwner): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`webhook-endpoints:${owner.partnerId}`]);
}

/** The owner's live endpoint with this URL, if any (to refuse a second one). */
export async function endpointWithUrl(m: EntityManager, owner: EndpointOwner, url: string, exceptId?: string): Promise<WebhookEndpointRecord | null> {
  const qb = m
    .createQueryBuilder(WebhookEndpointRecord, 'e')
    .where('e.ownerPartnerId = :owner AND e.url = :url AND e.deletedAt IS NULL', { owner: owner.partnerId, url });
  if (exceptId) qb.andWhere('e.id <> :exceptId', { exceptId });
  return qb.getOne();
}
