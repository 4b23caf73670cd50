import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courier trust, kept incrementally from courier events and COD remittances (no rescans): one bucket per courier
 * and Vietnam day of counters, per-day histograms of event latency (whole minutes), one row per COD remittance
 * line (its age), the shipments already counted as exceptions (once each), and each courier's safe-delivery streak.
 */
export class CourierTrust1795894100000 implements MigrationInterface {
  name = 'CourierTrust1795894100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "delivery"."courier_trust_daily" (
      "courier_id" uuid NOT NULL,
      "day" date NOT NULL,
      "shipments" integer NOT NULL DEFAULT 0 CHECK ("shipments" >= 0),
      "exceptions" integer NOT NULL DEFAULT 0 CHECK ("exceptions" >= 0),
      "delivered" integer NOT NULL DEFAULT 0 CHECK ("delivered" >= 0),
      "delivered_on_time" integer NOT NULL DEFAULT 0 CHECK ("delivered_on_time" >= 0),
      "attempts" integer NOT NULL DEFAULT 0 CHECK ("attempts" >= 0),
      "failed_attempts" integer NOT NULL DEFAULT 0 CHECK ("failed_attempts" >= 0),
      PRIMARY KEY ("courier_id", "day")
    )`);
    await q.query(`CREATE TABLE "delivery"."courier_trust_latency" (
      "courier_id" uuid NOT NULL,
      "day" date NOT NULL,
      "minutes" integer NOT NULL CHECK ("minutes" >= 0),
      "events" integer NOT NULL CHECK ("events" > 0),
      PRIMARY KEY ("courier_id", "day", "minutes")
    )`);
    await q.query(`CREATE TABLE "delivery"."courier_trust_cod_remittances" (
      "courier_id" uuid NOT NULL,
      "tracking_number" text NOT NULL,
      "day" date NOT NULL,
      "age_minutes" integer NOT NULL CHECK ("age_minutes" >= 0),
      PRIMARY KEY ("courier_id", "tracking_number")
    )`);
    await q.query(`CREATE INDEX "courier_trust_cod_remittances_day_idx" ON "delivery"."courier_trust_cod_remittances" ("courier_id", "day")`);
    await q.query(`CREATE TABLE "delivery"."courier_trust_exceptions" (
      "shipment_id" uuid PRIMARY KEY REFERENCES "delivery"."shipments" ("id"),
      "courier_id" uuid NOT NULL,
      "day" date NOT NULL
    )`);
    await q.query(`CREATE TABLE "delivery"."courier_trust_labels" (
      "courier_id" uuid PRIMARY KEY,
      "streak_start" date,
      "judged_through" date,
      "updated_at" timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "delivery"."courier_trust_labels"`);
    await q.query(`DROP TABLE "delivery"."courier_trust_exceptions"`);
    await q.query(`DROP TABLE "delivery"."courier_trust_cod_remittances"`);
    await q.query(`DROP TABLE "delivery"."courier_trust_latency"`);
    await q.query(`DROP TABLE "delivery"."courier_trust_daily"`);
  }
}
