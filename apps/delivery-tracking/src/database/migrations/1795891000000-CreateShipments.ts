import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery tracking's own data: its copy of orders (from `orders.order-placed`), shipments registered by
 * marketplaces, each shipment's timeline of courier checkpoints (canonical and raw status side by side, ordered
 * by when they happened), and courier events for tracking numbers not registered yet (parked for a while).
 */
export class CreateShipments1795891000000 implements MigrationInterface {
  name = 'CreateShipments1795891000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "delivery"."orders" (
      "order_id" uuid PRIMARY KEY,
      "marketplace_id" uuid NOT NULL,
      "code" text NOT NULL,
      "payment_method" text NOT NULL CHECK ("payment_method" IN ('PREPAID', 'COD')),
      "total_amount" bigint NOT NULL CHECK ("total_amount" >= 0),
      "placed_at" timestamptz NOT NULL,
      "recorded_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "orders_marketplace_idx" ON "delivery"."orders" ("marketplace_id")`);

    await q.query(`CREATE TABLE "delivery"."shipments" (
      "id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL REFERENCES "delivery"."orders" ("order_id"),
      "marketplace_id" uuid NOT NULL,
      "courier_id" uuid NOT NULL,
      "tracking_number" text NOT NULL CHECK ("tracking_number" ~ '^[A-Za-z0-9_-]{1,64}$'),
      "direction" text NOT NULL CHECK ("direction" IN ('OUTBOUND', 'RETURN')),
      "return_of_shipment_id" uuid REFERENCES "delivery"."shipments" ("id"),
      "expected_delivery_at" timestamptz,
      "status" text,
      "status_occurred_at" timestamptz,
      "first_scanned_at" timestamptz,
      "delivered_at" timestamptz,
      "failed_attempts" integer NOT NULL DEFAULT 0,
      "failed_finally_at" timestamptz,
      "returned_at" timestamptz,
      "lost_at" timestamptz,
      "last_event_at" timestamptz,
      "registered_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      "version" integer NOT NULL,
      CONSTRAINT "shipments_courier_tracking_uq" UNIQUE ("courier_id", "tracking_number"),
      CONSTRAINT "shipments_return_link" CHECK (("direction" = 'RETURN') = ("return_of_shipment_id" IS NOT NULL))
    )`);
    // One active outbound shipment per order: a cancelled one may be replaced.
    await q.query(`CREATE UNIQUE INDEX "shipments_one_active_outbound" ON "delivery"."shipments" ("order_id")
      WHERE "direction" = 'OUTBOUND' AND ("status" IS NULL OR "status" <> 'CANCELLED')`);
    await q.query(`CREATE INDEX "shipments_order_idx" ON "delivery"."shipments" ("order_id")`);
    await q.query(`CREATE INDEX "shipments_tracking_idx" ON "delivery"."shipments" ("tracking_number")`);
    await q.query(`CREATE INDEX "shipments_active_idx" ON "delivery"."shipments" ("last_event_at")
      WHERE "status" IS NULL OR "status" NOT IN ('DELIVERED', 'RETURNED', 'LOST', 'CANCELLED')`);

    await q.query(`CREATE TABLE "delivery"."checkpoints" (
      "id" uuid PRIMARY KEY,
      "shipment_id" uuid NOT NULL REFERENCES "delivery"."shipments" ("id"),
      "status" text NOT NULL,
      "raw_status" text NOT NULL,
      "occurred_at" timestamptz NOT NULL,
      "received_at" timestamptz NOT NULL,
      "location" text,
      "note" text,
      "cod_amount" bigint CHECK ("cod_amount" >= 0),
      "source" text NOT NULL,
      "late" boolean NOT NULL,
      "flagged" boolean NOT NULL,
      "flag_reason" text,
      CONSTRAINT "checkpoints_dedup_uq" UNIQUE ("shipment_id", "status", "occurred_at")
    )`);
    await q.query(`CREATE INDEX "checkpoints_timeline_idx" ON "delivery"."checkpoints" ("shipment_id", "occurred_at", "received_at")`);

    await q.query(`CREATE TABLE "delivery"."parked_courier_events" (
      "id" uuid PRIMARY KEY,
      "courier_id" uuid NOT NULL,
      "tracking_number" text NOT NULL,
      "event" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL,
      "expires_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "parked_courier_events_tracking_idx" ON "delivery"."parked_courier_events" ("courier_id", "tracking_number")`);
    await q.query(`CREATE INDEX "parked_courier_events_expiry_idx" ON "delivery"."parked_courier_events" ("expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "delivery"."parked_courier_events"`);
    await q.query(`DROP TABLE "delivery"."checkpoints"`);
    await q.query(`DROP TABLE "delivery"."shipments"`);
    await q.query(`DROP TABLE "delivery"."orders"`);
  }
}
