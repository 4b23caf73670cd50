/**
 * Helpers for the escrow end-to-end runs over real service processes: a seeded random source (replayable with
 * E2E_SEED), bounded concurrency, payment partners and operators onboarded with the admin CLI, signed partner
 * webhooks, catalogue-valid events from the services that do not exist yet (delivery-tracking, disputes)
 * produced straight onto their topics, and the services' test clocks.
 */
import { randomUUID } from 'node:crypto';
import { EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf, type ProducerOf, buildEvent, sampleEvent } from '@trustcircle/contracts';
import type { SpawnedService } from '@trustcircle/testing';
import { signWebhook } from '@trustcircle/security';
import type { Producer } from 'kafkajs';
import { adminCli } from './skeleton-harness';

export { SeededRandom } from '../../tools/simulator/random';

/** Runs `fn` over `items` with at most `limit` in flight; answers the results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A payment partner as the admin CLI creates it. */
export interface CliPaymentPartner {
  id: string;
  apiKey: string;
  webhookSecret: string;
}

/** Onboards a payment partner serving `marketplaceIds` with the admin CLI. */
export async function onboardPaymentPartner(marketplaceIds: string[], name = `Pay ${randomUUID().slice(0, 8)}`): Promise<CliPaymentPartner> {
  const args = ['partners', 'create', '--kind', 'payment-partner', '--name', name, ...marketplaceIds.flatMap((id) => ['--marketplace', id]), '--json'];
  const created = JSON.parse(await adminCli(args)) as CliPaymentPartner;
  return { id: created.id, apiKey: created.apiKey, webhookSecret: created.webhookSecret };
}

/** Creates an admin operator with the admin CLI and answers a bearer token for it. */
export async function adminOperatorToken(name = `e2e-admin-${randomUUID().slice(0, 8)}`): Promise<string> {
  await adminCli(['operators', 'create', '--name', name, '--role', 'admin']);
  return (await adminCli(['operators', 'token', '--name', name])).trim();
}

/**
 * The services' clocks, moved together through their test hooks (`TEST_HOOKS_ENABLED`), and "now" as the
 * services see it (for event times and webhook timestamps).
 */
export class ServiceClocks {
  private offsetMs = 0;

  constructor(private readonly services: SpawnedService[]) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves every service's clock forward by `ms`, then fires every deadline now due (one sweep per service, awaited). */
  async advanceAndSweep(ms: number): Promise<{ fired: number; failed: number }> {
    for (const s of this.services) {
      const res = await fetch(s.url('/__test/clock/advance'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms }) });
      if (res.status !== 200) throw new Error(`${s.name}: clock advance answered ${res.status} ${await res.text()}`);
      const { now } = (await res.json()) as { now: string };
      this.offsetMs = new Date(now).getTime() - Date.now();
    }
    const total = { fired: 0, failed: 0 };
    for (const s of this.services) {
      const res = await fetch(s.url('/__test/deadlines/sweep'), { method: 'POST' });
      if (res.status !== 200) throw new Error(`${s.name}: sweep answered ${res.status} ${await res.text()}`);
      const r = (await res.json()) as { fired: number; failed: number };
      total.fired += r.fired;
      total.failed += r.failed;
    }
    return total;
  }
}

/** POSTs `body` as a Standard Webhooks message signed with `secret`, timestamped at `at` (the receiver's now). */
export async function postSignedWebhook(
  service: SpawnedService,
  path: string,
  secret: string,
  body: unknown,
  opts: { at: Date; webhookId?: string },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const raw = JSON.stringify(body);
  const id = opts.webhookId ?? `msg_${randomUUID()}`;
  const ts = Math.floor(opts.at.getTime() / 1000);
  const res = await fetch(service.url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(secret, id, ts, raw) },
    body: raw,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A catalogue-valid envelope of `type` from its owner (the service that will publish it), at `at`. */
export function ownerEvent<T extends EventType>(type: T, data: Partial<PayloadOf<T>>, at: Date): EventOf<T> {
  return buildEvent(type, sampleEvent(type, data), {
    id: randomUUID(),
    occurredAt: at.toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    producer: EVENT_CATALOGUE[type].owner as ProducerOf<T>,
  });
}

/**
 * Produces envelopes onto their topics (key = the event's key): one batch, each topic's messages in the given
 * order (Kafka keeps it per key); between topics there is no order, as between real services.
 */
export async function produceEvents(producer: Producer, events: ReadonlyArray<EventOf<EventType>>): Promise<void> {
  const byTopic = new Map<string, Array<{ key: string; value: string }>>();
  for (const e of events) {
    const topic = EVENT_CATALOGUE[e.type].topic;
    const list = byTopic.get(topic) ?? [];
    list.push({ key: e.key, value: JSON.stringify(e) });
    byTopic.set(topic, list);
  }
  if (byTopic.size === 0) return;
  await producer.sendBatch({ topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
}
