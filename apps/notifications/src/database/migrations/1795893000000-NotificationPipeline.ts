import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery pipeline: each notification row becomes a unit of delivery (status, attempts, when the next attempt
 * is due, a claim lease, critical or not, per-order ordering for webhooks, the SMS encoding), every attempt is kept
 * (`notification_attempts`, the audit trail), and notifications keeps its own copy of each order's contacts
 * (`order_contacts`) and the recipients' preferences (`recipient_preferences`).
 */
export class NotificationPipeline1795893000000 implements MigrationInterface {
  name = 'NotificationPipeline1795893000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications"."notifications" DROP CONSTRAINT IF EXISTS "notifications_status_check"`);
    await q.query(`ALTER TABLE "notifications"."notifications"
      ADD COLUMN "seq" bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      ADD COLUMN "critical" boolean NOT NULL DEFAULT false,
      ADD COLUMN "attempts" int NOT NULL DEFAULT 0,
      ADD COLUMN "rounds" int NOT NULL DEFAULT 0,
      ADD COLUMN "next_attempt_at" timestamptz,
      ADD COLUMN "lease_until" timestamptz,
      ADD COLUMN "ordering_key" text,
      ADD COLUMN "endpoint_id" uuid,
      ADD COLUMN "subject" text,
      ADD COLUMN "html" text,
      ADD COLUMN "template_data" jsonb,
      ADD COLUMN "sealed_body" text,
      ADD COLUMN "sealed_key_id" text,
      ADD COLUMN "sms_encoding" text CHECK ("sms_encoding" IN ('GSM-7', 'UCS-2')),
      ADD COLUMN "sms_segments" int,
      ADD COLUMN "event_occurred_at" timestamptz,
      ADD COLUMN "fallback_of" uuid,
      ADD COLUMN "last_error" text,
      ADD COLUMN "finished_at" timestamptz,
      ALTER COLUMN "provider" DROP NOT NULL`);
    await q.query(`ALTER TABLE "notifications"."notifications" ADD CONSTRAINT "notifications_status_check"
      CHECK ("status" IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'))`);
    await q.query(`CREATE INDEX "notifications_due" ON "notifications"."notifications" ("next_attempt_at") WHERE "status" IN ('PENDING', 'SENDING')`);
    await q.query(`CREATE INDEX "notifications_ordering" ON "notifications"."notifications" ("ordering_key", "seq") WHERE "ordering_key" IS NOT NULL AND "finished_at" IS NULL`);
    await q.query(`CREATE TABLE "notifications"."notification_attempts" (
      "id" uuid PRIMARY KEY,
      "notification_id" uuid NOT NULL REFERENCES "notifications"."notifications" ("id"),
      "attempt" int NOT NULL CHECK ("attempt" >= 1),
      "provider" text NOT NULL,
      "outcome" text NOT NULL CHECK ("outcome" IN ('SENT', 'FAILED')),
      "retryable" boolean,
      "status_code" int,
      "provider_message_id" text,
      "response" text CHECK (char_length("response") <= 1000),
      "error" text CHECK (char_length("error") <= 1000),
      "latency_ms" int NOT NULL CHECK ("latency_ms" >= 0),
      "started_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "notification_attempts_notification" ON "notifications"."notification_attempts" ("notification_id", "started_at")`);
    await q.query(`CREATE TABLE "notifications"."order_contacts" (
      "order_id" uuid PRIMARY KEY,
      "order_code" text NOT NULL,
      "marketplace_id" uuid NOT NULL,
      "seller_id" text NOT NULL,
      "buyer_phone" text NOT NULL,
      "buyer_email" text,
      "seller_email" text,
      "total_amount" bigint NOT NULL CHECK ("total_amount" > 0),
      "payment_method" text NOT NULL,
      "payment_reference" text NOT NULL,
      "payment_expires_at" timestamptz,
      "placed_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE "notifications"."recipient_preferences" (
      "recipient" text PRIMARY KEY,
      "language" text NOT NULL DEFAULT 'vi' CHECK ("language" IN ('vi', 'en')),
      "muted_channels" text[] NOT NULL DEFAULT '{}',
      "updated_at" timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."recipient_preferences"`);
    await q.query(`DROP TABLE "notifications"."order_contacts"`);
    await q.query(`DROP TABLE "notifications"."notification_attempts"`);
    await q.query(`DROP INDEX "notifications"."notifications_ordering"`);
    await q.query(`DROP INDEX "notifications"."notifications_due"`);
    await q.query(`ALTER TABLE "notifications"."notifications" DROP CONSTRAINT "notifications_status_check"`);
    await q.query(`DELETE FROM "notifications"."notifications" WHERE "status" NOT IN ('PENDING', 'SENT', 'FAILED')`);
    await q.query(`ALTER TABLE "notifications"."notifications" ADD CONSTRAINT "notifications_status_check" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')),
      DROP COLUMN "seq", DROP COLUMN "critical", DROP COLUMN "attempts", DROP COLUMN "rounds", DROP COLUMN "next_attempt_at", DROP COLUMN "lease_until",
      DROP COLUMN "ordering_key", DROP COLUMN "endpoint_id", DROP COLUMN "subject", DROP COLUMN "html", DROP COLUMN "template_data", DROP COLUMN "sealed_body",
      DROP COLUMN "sealed_key_id", DROP COLUMN "sms_encoding", DROP COLUMN "sms_segments", DROP COLUMN "event_occurred_at",
      DROP COLUMN "fallback_of", DROP COLUMN "last_error", DROP COLUMN "finished_at"`);
    await q.query(`UPDATE "notifications"."notifications" SET "provider" = 'unknown' WHERE "provider" IS NULL`);
    await q.query(`ALTER TABLE "notifications"."notifications" ALTER COLUMN "provider" SET NOT NULL`);
  }
}
