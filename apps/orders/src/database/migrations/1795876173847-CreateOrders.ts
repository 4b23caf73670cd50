import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The orders table: one row per order, unique per marketplace and external id, by code and by payment reference. */
export class CreateOrders1795876173847 implements MigrationInterface {
  name = 'CreateOrders1795876173847';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "orders"."orders" (
      "id" uuid PRIMARY KEY,
      "marketplace_id" uuid NOT NULL,
      "external_id" text NOT NULL,
      "code" text NOT NULL UNIQUE,
      "status" text NOT NULL,
      "buyer_name" text NOT NULL,
      "buyer_phone" text NOT NULL,
      "buyer_email" text,
      "seller" jsonb NOT NULL,
      "items" jsonb NOT NULL,
      "shipping_fee" bigint NOT NULL CHECK ("shipping_fee" >= 0),
      "total_amount" bigint NOT NULL CHECK ("total_amount" >= 0),
      "currency" text NOT NULL CHECK ("currency" = 'VND'),
      "payment_method" text NOT NULL CHECK ("payment_method" IN ('PREPAID', 'COD')),
      "payment_reference" text NOT NULL UNIQUE,
      "inspection_days" integer NOT NULL,
      "ship_by_days" integer NOT NULL,
      "payment_expires_at" timestamptz,
      "note" text,
      "request_fingerprint" text NOT NULL,
      "placed_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      CONSTRAINT "orders_marketplace_external_uq" UNIQUE ("marketplace_id", "external_id")
    )`);
    await q.query(`CREATE INDEX "orders_marketplace_placed_idx" ON "orders"."orders" ("marketplace_id", "placed_at" DESC, "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "orders"."orders"`);
  }
}
