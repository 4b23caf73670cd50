/**
 * Helpers for the webhooks slice's integration tests (test-only code), on top of the notifications test kit:
 * PATCH calls (the shared kit's `call` has no PATCH), endpoint creation, feed events and appends, and reads of
 * what is stored.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceTestKit, TestPartner, TestResponse } from '@trustcircle/service-testing';
import { EventFeedWriter, type FeedEvent } from '../application/event-feed/event-feed.writer';
import { WebhookEndpointsQuery, type WebhookTarget } from '../application/pipeline-port/webhook-endpoints.query';

/** PATCHes a JSON body with a bearer (the kit's `call` offers no PATCH). */
export async function patch(kit: ServiceTestKit, path: string, bearer: string, body: unknown): Promise<TestResponse> {
  const res = await fetch(`${kit.baseUrl}${path}`, { method: 'PATCH', headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  const answer = { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} } as TestResponse;
  Object.defineProperty(answer, 'headers', { value: res.headers, enumerable: false });
  return answer;
}

/** Registers an endpoint for `partner` and answers the 201 body (failing loudly otherwise). */
export async function createEndpoint(kit: ServiceTestKit, partner: TestPartner, body: Record<string, unknown> = {}): Promise<Record<string, unknown> & { id: string; secret: string }> {
  const res = await kit.call('POST', '/v1/webhook-endpoints', partner.apiKey, { url: `https://hooks.example.com/${randomUUID()}`, events: ['disputes.dispute-opened'], ...body });
  if (res.status !== 201) throw new Error(`endpoint refused: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: string; secret: string };
}

/** A feed event with fresh ids, `n` seconds after a fixed instant. */
export function feedEvent(n: number, overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    id: randomUUID(),
    type: 'disputes.dispute-opened',
    occurredAt: new Date(Date.UTC(2026, 2, 1, 3, 0, n)).toISOString(),
    orderId: randomUUID(),
    data: { n, reason: 'DAMAGED' },
    ...overrides,
  };
}

/** Appends events to an owner's feed in one transaction, as the pipeline's consumer would; answers what each append said. */
export function appendToFeed(kit: ServiceTestKit, ownerPartnerId: string, events: readonly FeedEvent[]): Promise<boolean[]> {
  const writer = kit.app.get(EventFeedWriter);
  return kit.tx(async (m) => {
    const added: boolean[] = [];
    for (const e of events) added.push(await writer.append(m, ownerPartnerId, e));
    return added;
  });
}

/** The endpoints of `ownerPartnerId` that receive `eventType`, as the pipeline sees them. */
export function subscribedTo(kit: ServiceTestKit, ownerPartnerId: string, eventType: string): Promise<WebhookTarget[]> {
  return kit.tx((m) => kit.app.get(WebhookEndpointsQuery).subscribedTo(m, ownerPartnerId, eventType));
}

/** The endpoint's stored row as PostgreSQL holds it, every column as text. */
export async function storedEndpoint(kit: ServiceTestKit, endpointId: string): Promise<Record<string, string | null>> {
  const rows = (await kit.db.query(`SELECT to_jsonb(e)::text AS "row", e."secrets"::text AS "secrets", e."status", e."disabled_reason" FROM "notifications"."webhook_endpoints" e WHERE e."id" = $1`, [
    endpointId,
  ])) as Array<Record<string, string | null>>;
  if (rows.length !== 1) throw new Error(`no stored endpoint ${endpointId}`);
  return rows[0];
}
