import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { serviceActionAuditStatement } from '../../audit/infrastructure/service-action-audit.statement';
import type { ReadModelChange } from '../domain/read-model-change';

type Changes<K extends ReadModelChange['kind']> = Extract<ReadModelChange, { kind: K }>;

/** One SQL statement with its parameters (`$1`…). */
export interface Statement {
  sql: string;
  params: unknown[];
}

type Write<K extends ReadModelChange['kind']> = (c: Changes<K>, now: Date) => Statement;

/** The read model table each change writes (an event writes each table at most once: see `writeAll`). */
export const TABLE_OF: { [K in ReadModelChange['kind']]: string } = {
  'order-placed': 'rm_orders',
  'order-status': 'rm_orders',
  held: 'rm_orders',
  'escrow-terms': 'rm_orders',
  'cod-delivered': 'rm_orders',
  'cod-remitted': 'rm_orders',
  'status-minute': 'rm_status_minutes',
  'money-day': 'rm_money_days',
  dispute: 'rm_disputes',
  'courier-day': 'rm_courier_days',
  'notification-day': 'rm_notification_days',
  fact: 'rm_order_facts',
  'manual-action-proposed': 'rm_manual_actions',
  'manual-action-decided': 'rm_manual_actions',
  'operator-action': 'audit_log',
};

/**
 * Applies an event's read model changes in the consuming event's transaction (the inbox makes each event apply
 * once), in ONE round trip: every change is a single-statement upsert, chained as data-modifying CTEs, and the
 * statement ends with the NOTIFY that announces the change at commit. Counters add, amounts add as bigint; an
 * order's status never goes back to an older number; a row may be created by whichever of an order's events
 * arrives first. Statements of one event never write the same table twice (a data-modifying CTE does not see
 * another's rows). An operator's action at another service becomes its audit line in the same statement, so the
 * read model and the audit trail commit together.
 */
@Injectable()
export class ReadModelWriter {
  async writeAll(manager: EntityManager, changes: readonly ReadModelChange[], now: Date, announce: string): Promise<void> {
    const tables = changes.map((c) => TABLE_OF[c.kind]);
    const twice = tables.find((t, i) => tables.indexOf(t) !== i);
    if (twice) throw new Error(`one event writes ${twice} twice: ${changes.map((c) => c.kind).join(', ')}`);
    const { sql, params } = chain(
      changes.map((c) => (WRITE[c.kind] as Write<typeof c.kind>)(c as never, now)),
      announce,
    );
    await manager.query(sql, params);
  }
}

/** `WITH w0 AS (…), w1 AS (…) <final>`, each statement's parameters renumbered after the previous ones'. */
export function chain(statements: readonly Statement[], final: string): Statement {
  const params: unknown[] = [];
  const ctes = statements.map((st, i) => {
    const offset = params.length;
    params.push(...st.params);
    return `"w${i}" AS (${st.sql.replace(/\$(\d+)/g, (_all, n: string) => `$${Number(n) + offset}`)})`;
  });
  return { sql: ctes.length === 0 ? final : `WITH ${ctes.join(', ')} ${final}`, params };
}

const WRITE: { [K in ReadModelChange['kind']]: Write<K> } = {
  'order-placed': (c, now) =>
    st(
      `INSERT INTO "console"."rm_orders" ("order_id", "code", "external_id", "marketplace_id", "buyer_phone_masked", "buyer_phone_digest", "payment_method", "total_amount",
         "status", "status_sequence", "placed_at", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'PLACED', 1, $9, $10)
       ON CONFLICT ("order_id") DO UPDATE SET "code" = EXCLUDED."code", "external_id" = EXCLUDED."external_id", "marketplace_id" = EXCLUDED."marketplace_id",
         "buyer_phone_masked" = EXCLUDED."buyer_phone_masked", "buyer_phone_digest" = EXCLUDED."buyer_phone_digest",
         "payment_method" = EXCLUDED."payment_method", "total_amount" = EXCLUDED."total_amount", "placed_at" = EXCLUDED."placed_at",
         "status" = CASE WHEN "rm_orders"."status_sequence" < 1 THEN 'PLACED' ELSE "rm_orders"."status" END,
         "status_sequence" = GREATEST("rm_orders"."status_sequence", 1), "updated_at" = EXCLUDED."updated_at"`,
      [c.orderId, c.code, c.externalId, c.marketplaceId, c.buyerPhoneMasked, c.buyerPhoneDigest, c.paymentMethod, c.totalAmount.toString(), c.placedAt, now],
    ),
  'order-status': (c, now) =>
    st(
      `INSERT INTO "console"."rm_orders" ("order_id", "code", "marketplace_id", "status", "status_sequence", "updated_at") VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ("order_id") DO UPDATE SET "code" = COALESCE("rm_orders"."code", EXCLUDED."code"), "marketplace_id" = COALESCE("rm_orders"."marketplace_id", EXCLUDED."marketplace_id"),
         "status" = CASE WHEN EXCLUDED."status_sequence" > "rm_orders"."status_sequence" THEN EXCLUDED."status" ELSE "rm_orders"."status" END,
         "status_sequence" = GREATEST("rm_orders"."status_sequence", EXCLUDED."status_sequence"), "updated_at" = EXCLUDED."updated_at"`,
      [c.orderId, c.code, c.marketplaceId, c.status, c.sequence, now],
    ),
  'status-minute': (c) =>
    st(
      `INSERT INTO "console"."rm_status_minutes" ("minute", "status", "orders") VALUES ($1, $2, 1)
       ON CONFLICT ("minute", "status") DO UPDATE SET "orders" = "rm_status_minutes"."orders" + 1`,
      [c.minute, c.status],
    ),
  'money-day': (c) =>
    st(
      `INSERT INTO "console"."rm_money_days" ("day", "held", "released", "refunded") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("day") DO UPDATE SET "held" = "rm_money_days"."held" + EXCLUDED."held", "released" = "rm_money_days"."released" + EXCLUDED."released",
         "refunded" = "rm_money_days"."refunded" + EXCLUDED."refunded"`,
      [c.day, c.held.toString(), c.released.toString(), c.refunded.toString()],
    ),
  // Held since the funding that took it from nothing; back to nothing, held since nothing. Never below zero (a
  // release whose funding is older than the topics' retention).
  held: (c, now) =>
    st(
      `INSERT INTO "console"."rm_orders" ("order_id", "held_amount", "held_since", "updated_at") VALUES ($1, GREATEST($2::bigint, 0), CASE WHEN $2::bigint > 0 THEN $3::timestamptz END, $4)
       ON CONFLICT ("order_id") DO UPDATE SET
         "held_amount" = GREATEST("rm_orders"."held_amount" + $2::bigint, 0),
         "held_since" = CASE WHEN "rm_orders"."held_amount" + $2::bigint <= 0 THEN NULL WHEN "rm_orders"."held_amount" > 0 THEN "rm_orders"."held_since" ELSE $3::timestamptz END,
         "updated_at" = EXCLUDED."updated_at"`,
      [c.orderId, c.delta.toString(), c.at, now],
    ),
  'escrow-terms': (c, now) =>
    st(
      `INSERT INTO "console"."rm_orders" ("order_id", "payment_method", "total_amount", "updated_at") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("order_id") DO UPDATE SET "payment_method" = COALESCE("rm_orders"."payment_method", EXCLUDED."payment_method"),
         "total_amount" = COALESCE("rm_orders"."total_amount", EXCLUDED."total_amount"), "updated_at" = EXCLUDED."updated_at"`,
      [c.orderId, c.paymentMethod, c.expectedAmount.toString(), now],
    ),
  'cod-delivered': (c, now) =>
    st(
      `INSERT INTO "console"."rm_orders" ("order_id", "courier_id", "delivered_at", "cod_collected", "updated_at") VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("order_id") DO UPDATE SET "courier_id" = EXCLUDED."courier_id", "delivered_at" = EXCLUDED."delivered_at",
         "cod_collected" = COALESCE(EXCLUDED."cod_collected", "rm_orders"."cod_collected"), "updated_at" = EXCLUDED."updated_at"`,
      [c.orderId, c.courierId, c.deliveredAt, c.collected?.toString() ?? null, now],
    ),
  'cod-remitted': (c, now) =>
    st(
      `INSERT INTO "console"."rm_orders" ("order_id", "courier_id", "cod_remitted", "updated_at") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("order_id") DO UPDATE SET "courier_id" = COALESCE("rm_orders"."courier_id", EXCLUDED."courier_id"),
         "cod_remitted" = "rm_orders"."cod_remitted" + EXCLUDED."cod_remitted", "updated_at" = EXCLUDED."updated_at"`,
      [c.orderId, c.courierId, c.amount.toString(), now],
    ),
  // A deadline given replaces the running one (null: none runs), except on a closed dispute; other fields absent
  // are kept.
  dispute: (c, now) =>
    st(
      `INSERT INTO "console"."rm_disputes" ("dispute_id", "order_id", "stage", "deadline_kind", "due_at", "priority", "opened_at", "closed_at", "updated_at")
       VALUES ($1, $2, COALESCE($3::text, 'AWAITING_RESOLUTION'), $4::text, $5::timestamptz, COALESCE($6::boolean, false), $7::timestamptz, $8::timestamptz, $9)
       ON CONFLICT ("dispute_id") DO UPDATE SET
         "stage" = CASE WHEN "rm_disputes"."closed_at" IS NULL THEN COALESCE($3::text, "rm_disputes"."stage") ELSE "rm_disputes"."stage" END,
         "deadline_kind" = CASE WHEN $10::boolean AND "rm_disputes"."closed_at" IS NULL THEN $4::text ELSE "rm_disputes"."deadline_kind" END,
         "due_at" = CASE WHEN $10::boolean AND "rm_disputes"."closed_at" IS NULL THEN $5::timestamptz ELSE "rm_disputes"."due_at" END,
         "priority" = COALESCE($6::boolean, "rm_disputes"."priority"),
         "opened_at" = COALESCE("rm_disputes"."opened_at", $7::timestamptz),
         "closed_at" = COALESCE("rm_disputes"."closed_at", $8::timestamptz),
         "updated_at" = EXCLUDED."updated_at"`,
      [
        c.disputeId,
        c.orderId,
        c.stage ?? null,
        c.deadline?.kind ?? null,
        c.deadline?.dueAt ?? null,
        c.priority ?? null,
        c.openedAt ?? null,
        c.closedAt ?? null,
        now,
        c.deadline !== undefined,
      ],
    ),
  'courier-day': (c) =>
    st(
      `INSERT INTO "console"."rm_courier_days" ("day", "courier_id", "events", "exceptions") VALUES ($1, $2, 1, $3)
       ON CONFLICT ("day", "courier_id") DO UPDATE SET "events" = "rm_courier_days"."events" + 1, "exceptions" = "rm_courier_days"."exceptions" + EXCLUDED."exceptions"`,
      [c.day, c.courierId, c.exception ? 1 : 0],
    ),
  'notification-day': (c) =>
    st(
      `INSERT INTO "console"."rm_notification_days" ("day", "channel", "sent", "failed", "retried") VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("day", "channel") DO UPDATE SET "sent" = "rm_notification_days"."sent" + EXCLUDED."sent",
         "failed" = "rm_notification_days"."failed" + EXCLUDED."failed", "retried" = "rm_notification_days"."retried" + EXCLUDED."retried"`,
      [c.day, c.channel, c.outcome === 'sent' ? 1 : 0, c.outcome === 'failed' ? 1 : 0, c.outcome === 'retried' ? 1 : 0],
    ),
  fact: (c, now) =>
    st(
      `INSERT INTO "console"."rm_order_facts" ("event_id", "order_id", "type", "service", "occurred_at", "detail", "recorded_at") VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ("event_id") DO NOTHING`,
      [c.eventId, c.orderId, c.type, c.service, c.occurredAt, JSON.stringify(c.detail), now],
    ),
  // The proposal's facts fill in a row its decision created first (a proposal older than the topic's retention, or
  // consumed after); its status stays decided then.
  'manual-action-proposed': (c, now) =>
    st(
      `INSERT INTO "console"."rm_manual_actions" ("action_id", "order_id", "escrow_id", "kind", "amount", "reason", "dispute_id", "proposed_by", "proposed_at", "status", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PROPOSED', $10)
       ON CONFLICT ("action_id") DO UPDATE SET "amount" = EXCLUDED."amount", "reason" = EXCLUDED."reason", "dispute_id" = EXCLUDED."dispute_id",
         "proposed_by" = EXCLUDED."proposed_by", "proposed_at" = EXCLUDED."proposed_at", "updated_at" = EXCLUDED."updated_at"`,
      [c.actionId, c.orderId, c.escrowId, c.actionKind, c.amount.toString(), c.reason, c.disputeId, c.proposedBy, c.proposedAt, now],
    ),
  'manual-action-decided': (c, now) =>
    st(
      `INSERT INTO "console"."rm_manual_actions" ("action_id", "order_id", "escrow_id", "kind", "proposed_by", "status", "decided_by", "decided_at", "note", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ("action_id") DO UPDATE SET "status" = EXCLUDED."status", "decided_by" = EXCLUDED."decided_by", "decided_at" = EXCLUDED."decided_at",
         "note" = EXCLUDED."note", "updated_at" = EXCLUDED."updated_at"`,
      [c.actionId, c.orderId, c.escrowId, c.actionKind, c.proposedBy, c.decision, c.decidedBy, c.decidedAt, c.note, now],
    ),
  // The audit trail's statement (the audit feature owns its SQL), in the event's transaction; once per event id.
  'operator-action': (c) => serviceActionAuditStatement(c),
};

function st(sql: string, params: unknown[]): Statement {
  return { sql, params };
}
