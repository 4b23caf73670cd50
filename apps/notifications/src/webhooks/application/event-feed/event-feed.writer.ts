import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';

/** An event as it enters a partner's feed. */
export interface FeedEvent {
  /** The source event's id (envelope id, UUID): the feed holds it at most once per owner. */
  id: string;
  /** Its catalogue type, e.g. `disputes.dispute-opened`. */
  type: string;
  /** When it happened (ISO-8601 UTC or a Date). */
  occurredAt: string | Date;
  /** The order it is about; null for none. */
  orderId: string | null;
  /** Its data as the owner receives it (the webhook body's `data`). */
  data: Record<string, unknown>;
}

/**
 * Appends events to partners' catch-up feeds, in the caller's transaction (the pipeline's consumer transaction).
 *
 * Idempotent: an event already in the owner's feed is not added again (redelivery, replay).
 *
 * No gaps for readers: entries are numbered from one sequence at insert, but transactions commit in any order,
 * so a reader could see entry 12 before 11 commits and move its cursor past 11 for ever. `append` therefore
 * takes a transaction-level lock per owner before it inserts: one owner's appends commit one after another, in
 * number order. The lock is held until the caller's transaction ends, so append late in it; when one transaction
 * feeds several owners, use `appendToOwners` (it locks in a fixed order, so two such transactions cannot deadlock).
 */
@Injectable()
export class EventFeedWriter {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Appends `event` to the feed of `ownerPartnerId`; true when added, false when it was there already. */
  async append(manager: EntityManager, ownerPartnerId: string, event: FeedEvent): Promise<boolean> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`event-feed:${ownerPartnerId}`]);
    const occurredAt = event.occurredAt instanceof Date ? event.occurredAt.toISOString() : event.occurredAt;
    const inserted = (await manager.query(
      `INSERT INTO "event_feed" ("owner_partner_id", "event_id", "event_type", "order_id", "occurred_at", "payload", "recorded_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ("owner_partner_id", "event_id") DO NOTHING
       RETURNING "seq"`,
      [ownerPartnerId, event.id, event.type, event.orderId, occurredAt, JSON.stringify(event.data), this.clock.now().toISOString()],
    )) as unknown[];
    return inserted.length === 1;
  }

  /** Appends `event` to several owners' feeds (locked in id order); answers the owners it was added for. */
  async appendToOwners(manager: EntityManager, ownerPartnerIds: readonly string[], event: FeedEvent): Promise<string[]> {
    const added: string[] = [];
    for (const owner of [...new Set(ownerPartnerIds)].sort()) if (await this.append(manager, owner, event)) added.push(owner);
    return added;
  }
}
