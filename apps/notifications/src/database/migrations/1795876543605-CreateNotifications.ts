import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications (one per event, recipient and channel) and the development SMS provider's log. */
export class CreateNotifications1795876543605 implements MigrationInterface {
  name = 'CreateNotifications1795876543605';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications"."notifications" (
      "id" uuid PRIMARY KEY,
      "event_id" uuid NOT NULL,
      "event_type" text NOT NULL,
      "order_id" uuid,
      "marketplace_id" uuid,
      "recipient_role" text NOT NULL,
      "recipient" text NOT NULL,
      "channel" text NOT NULL CHECK ("channel" IN ('SMS', 'ZALO', 'EMAIL', 'WEBHOOK')),
      "template" text NOT NULL,
      "language" text NOT NULL,
      "body" text NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')),
      "provider" text NOT NULL,
      "provider_message_id" text,
      "created_at" timestamptz NOT NULL,
      "sent_at" timestamptz,
      CONSTRAINT "notifications_once_uq" UNIQUE ("event_id", "recipient", "channel")
    )`);
    await q.query(`CREATE INDEX "notifications_order_idx" ON "notifications"."notifications" ("order_id", "created_at")`);
    await q.query(`CREATE TABLE "notifications"."sms_log" (
      "id" uuid PRIMARY KEY,
      "to_phone" text NOT NULL,
      "body" text NOT NULL,
      "idempotency_key" text NOT NULL UNIQUE,
      "created_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "sms_log_phone_idx" ON "notifications"."sms_log" ("to_phone", "created_at" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."sms_log"`);
    await q.query(`DROP TABLE "notifications"."notifications"`);
  }
}
