import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The order timeline: one row per fact from escrow, delivery-tracking and disputes, once per cause event. */
export class CreateOrderFacts1795879984633 implements MigrationInterface {
  name = 'CreateOrderFacts1795879984633';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "orders"."order_facts" (
      "id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL REFERENCES "orders"."orders" ("id"),
      "kind" text NOT NULL,
      "occurred_at" timestamptz NOT NULL,
      "cause_event_id" uuid NOT NULL,
      "cause_event_type" text NOT NULL,
      "recorded_at" timestamptz NOT NULL,
      "detail" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "status_after" text,
      "status_sequence" integer CHECK ("status_sequence" >= 1),
      CONSTRAINT "order_facts_cause_event_uq" UNIQUE ("cause_event_id"),
      CONSTRAINT "order_facts_status_change_ck" CHECK (("status_after" IS NULL) = ("status_sequence" IS NULL))
    )`);
    await q.query(`CREATE INDEX "order_facts_order_occurred_idx" ON "orders"."order_facts" ("order_id", "occurred_at", "recorded_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "orders"."order_facts"`);
  }
}
