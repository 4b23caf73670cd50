import type { EntityManager } from 'typeorm';
import { mayReceive } from '../../../webhooks/domain/webhook-event-types';
import { BUYER_RULES, SELLER_RULES } from '../../domain/notification-plan';

/** How long an early event waits for its order's `orders.order-placed` before it is dropped: 7 days. */
export const EARLY_EVENT_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Whether what an event of `type` plans depends on its order's contact copy (the buyer's and seller's messages, the
 * marketplace's webhooks and feed): only such events wait for the order's `orders.order-placed`. Operators' alerts
 * and payment-partner events need no contact and are planned at once, as before.
 */
export function waitsForOrderContact(type: string): boolean {
  return type !== 'orders.order-placed' && (type in BUYER_RULES || type in SELLER_RULES || mayReceive('MARKETPLACE', type));
}

/**
 * Serialises, per order, keeping an early event with recording the order's contact and planning its early events
 * (transaction-scoped advisory lock): an early event committed while its order-placed is consumed is never missed.
 */
export async function lockOrderEarlyEvents(m: EntityManager, orderId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`early-events:${orderId}`]);
}

/** Deletes the early events received `EARLY_EVENT_TTL_MS` or longer before `now` (their order never showed up); answers them (ids and type only). */
export async function dropStaleEarlyEvents(m: EntityManager, now: Date): Promise<Array<{ eventId: string; orderId: string; type: string }>> {
  const [rows] = (await m.query(
    `DELETE FROM "notifications"."early_events" WHERE "received_at" <= $1 RETURNING "event_id" AS "eventId", "order_id" AS "orderId", "type"`,
    [new Date(now.getTime() - EARLY_EVENT_TTL_MS)],
  )) as [Array<{ eventId: string; orderId: string; type: string }>, number];
  return rows;
}
