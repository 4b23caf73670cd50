import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's read model, built only from the event topics (never another service's tables): one row per order
 * (found by code, external id or a keyed digest of the buyer's phone, never the phone itself; its held money and
 * COD cash), the orders' unified timeline, and the overview's aggregates — orders per minute by status, money per
 * Vietnamese day, open disputes with their running deadline, courier checkpoints and notification outcomes per
 * day. Money is bigint VND.
 */
export class ConsoleReadModel1795893400000 implements MigrationInterface {
  name = 'ConsoleReadModel1795893400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "console"."rm_orders" (
      "order_id" uuid PRIMARY KEY,
      "code" text,
      "external_id" text,
      "marketplace_id" uuid,
      "buyer_phone_masked" text,
      "buyer_phone_digest" text CHECK ("buyer_phone_digest" ~ '^[0-9a-f]{64}$'),
      "payment_method" text CHECK ("payment_method" IN ('PREPAID', 'COD')),
      "total_amount" bigint CHECK ("total_amount" >= 0),
      "status" text,
      "status_sequence" integer NOT NULL DEFAULT 0,
      "placed_at" timestamptz,
      "held_amount" bigint NOT NULL DEFAULT 0 CHECK ("held_amount" >= 0),
      "held_since" timestamptz,
      "courier_id" uuid,
      "delivered_at" timestamptz,
      "cod_collected" bigint CHECK ("cod_collected" >= 0),
      "cod_remitted" bigint NOT NULL DEFAULT 0 CHECK ("cod_remitted" >= 0),
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "rm_orders_code_idx" ON "console"."rm_orders" ("code") WHERE "code" IS NOT NULL`);
    await q.query(`CREATE INDEX "rm_orders_external_id_idx" ON "console"."rm_orders" ("external_id") WHERE "external_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "rm_orders_phone_idx" ON "console"."rm_orders" ("buyer_phone_digest") WHERE "buyer_phone_digest" IS NOT NULL`);
    await q.query(`CREATE INDEX "rm_orders_held_idx" ON "console"."rm_orders" ("held_since") WHERE "held_amount" > 0`);
    // COD cash a courier collected and has not remitted yet (the overview's predicate, exactly).
    await q.query(`CREATE INDEX "rm_orders_cod_unremitted_idx" ON "console"."rm_orders" ("courier_id", "delivered_at")
      WHERE "delivered_at" IS NOT NULL AND ("payment_method" = 'COD' OR "cod_collected" IS NOT NULL)
        AND COALESCE("cod_collected", "total_amount", 0) > "cod_remitted"`);

    await q.query(`CREATE TABLE "console"."rm_order_facts" (
      "event_id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL,
      "type" text NOT NULL,
      "service" text NOT NULL,
      "occurred_at" timestamptz NOT NULL,
      "detail" jsonb NOT NULL,
      "recorded_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "rm_order_facts_order_idx" ON "console"."rm_order_facts" ("order_id", "occurred_at", "recorded_at")`);

    await q.query(`CREATE TABLE "console"."rm_status_minutes" (
      "minute" timestamptz NOT NULL,
      "status" text NOT NULL,
      "orders" integer NOT NULL CHECK ("orders" >= 0),
      PRIMARY KEY ("minute", "status")
    )`);
    await q.query(`CREATE TABLE "console"."rm_money_days" (
      "day" date PRIMARY KEY,
      "held" bigint NOT NULL DEFAULT 0 CHECK ("held" >= 0),
      "released" bigint NOT NULL DEFAULT 0 CHECK ("released" >= 0),
      "refunded" bigint NOT NULL DEFAULT 0 CHECK ("refunded" >= 0)
    )`);
    await q.query(`CREATE TABLE "console"."rm_disputes" (
      "dispute_id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL,
      "stage" text NOT NULL,
      "deadline_kind" text,
      "due_at" timestamptz,
      "priority" boolean NOT NULL DEFAULT false,
      "opened_at" timestamptz,
      "closed_at" timestamptz,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "rm_disputes_open_due_idx" ON "console"."rm_disputes" ("due_at") WHERE "closed_at" IS NULL`);
    await q.query(`CREATE TABLE "console"."rm_courier_days" (
      "day" date NOT NULL,
      "courier_id" uuid NOT NULL,
      "events" integer NOT NULL DEFAULT 0 CHECK ("events" >= 0),
      "exceptions" integer NOT NULL DEFAULT 0 CHECK ("exceptions" >= 0),
      PRIMARY KEY ("day", "courier_id")
    )`);
    await q.query(`CREATE TABLE "console"."rm_notification_days" (
      "day" date NOT NULL,
      "channel" text NOT NULL,
      "sent" integer NOT NULL DEFAULT 0 CHECK ("sent" >= 0),
      "failed" integer NOT NULL DEFAULT 0 CHECK ("failed" >= 0),
      "retried" integer NOT NULL DEFAULT 0 CHECK ("retried" >= 0),
      PRIMARY KEY ("day", "channel")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['rm_notification_days', 'rm_courier_days', 'rm_disputes', 'rm_money_days', 'rm_status_minutes', 'rm_order_facts', 'rm_orders']) {
      await q.query(`DROP TABLE IF EXISTS "console"."${table}"`);
    }
  }
}
