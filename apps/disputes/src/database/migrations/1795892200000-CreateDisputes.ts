import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disputes' first tables: `order_facts` (what the filing rule needs, copied from orders, escrow and delivery events,
 * one row per order, each event filling its own columns) and `disputes` (one open dispute per order: a partial
 * unique index over the open states).
 */
export class CreateDisputes1795892200000 implements MigrationInterface {
  name = 'CreateDisputes1795892200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "disputes"."order_facts" (
      "order_id" uuid PRIMARY KEY,
      "order_code" text,
      "marketplace_id" uuid,
      "seller_id" text,
      "total_amount" bigint,
      "payment_method" text,
      "placed_at" timestamptz,
      "funded_at" timestamptz,
      "delivered_at" timestamptz,
      "inspection_ends_at" timestamptz,
      "receipt_confirmed_at" timestamptz,
      "expected_delivery_at" timestamptz,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE "disputes"."disputes" (
      "id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL,
      "order_code" text NOT NULL,
      "marketplace_id" uuid NOT NULL,
      "seller_id" text NOT NULL,
      "state" text NOT NULL CHECK ("state" IN ('AWAITING_MERCHANT', 'OFFER_PENDING', 'AWAITING_BUYER_ESCALATION', 'ESCALATED', 'AWAITING_RETURN', 'RESOLVED', 'WITHDRAWN', 'CLOSED')),
      "reason" text NOT NULL,
      "description" text NOT NULL CHECK (char_length("description") BETWEEN 1 AND 5000),
      "requested_outcome" text NOT NULL,
      "requested_amount" bigint CHECK ("requested_amount" > 0),
      "order_total" bigint NOT NULL CHECK ("order_total" > 0),
      "vulnerable" boolean NOT NULL,
      "vulnerable_category" text,
      "merchant_response_due_at" timestamptz NOT NULL,
      "opened_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      CHECK (("requested_outcome" = 'REFUND_PARTIAL') = ("requested_amount" IS NOT NULL)),
      CHECK ("vulnerable" = ("vulnerable_category" IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX "disputes_one_open_per_order" ON "disputes"."disputes" ("order_id")
      WHERE "state" IN ('AWAITING_MERCHANT', 'OFFER_PENDING', 'AWAITING_BUYER_ESCALATION', 'ESCALATED', 'AWAITING_RETURN')`);
    await q.query(`CREATE INDEX "disputes_marketplace_state" ON "disputes"."disputes" ("marketplace_id", "state")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "disputes"."disputes"`);
    await q.query(`DROP TABLE "disputes"."order_facts"`);
  }
}
