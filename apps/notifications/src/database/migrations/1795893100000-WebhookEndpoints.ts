import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners' webhook endpoints (URL, subscribed event types, status, health, sealed signing secrets) and their
 * catch-up event feed (one row per owner and event; `seq` orders each owner's feed).
 */
export class WebhookEndpoints1795893100000 implements MigrationInterface {
  name = 'WebhookEndpoints1795893100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications"."webhook_endpoints" (
      "id" uuid PRIMARY KEY,
      "owner_partner_id" uuid NOT NULL,
      "owner_kind" text NOT NULL CHECK ("owner_kind" IN ('MARKETPLACE', 'PAYMENT_PARTNER')),
      "url" text NOT NULL CHECK (char_length("url") BETWEEN 1 AND 2000),
      "description" text CHECK (char_length("description") <= 500),
      "events" text[] NOT NULL CHECK (cardinality("events") BETWEEN 1 AND 100),
      "status" text NOT NULL CHECK ("status" IN ('ENABLED', 'DISABLED')),
      "disabled_reason" text CHECK ("disabled_reason" IN ('FAILING', 'BY_OWNER', 'DELETED')),
      "disabled_at" timestamptz,
      "failing_since" timestamptz,
      "secrets" jsonb NOT NULL CHECK (jsonb_typeof("secrets") = 'array'),
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      "deleted_at" timestamptz,
      CONSTRAINT "webhook_endpoints_disabled_ck" CHECK ((("status" = 'DISABLED') = ("disabled_reason" IS NOT NULL)) AND (("disabled_reason" IS NULL) = ("disabled_at" IS NULL))),
      CONSTRAINT "webhook_endpoints_deleted_ck" CHECK (("deleted_at" IS NOT NULL) = ("disabled_reason" IS NOT DISTINCT FROM 'DELETED'))
    )`);
    await q.query(`CREATE UNIQUE INDEX "webhook_endpoints_owner_url_uq" ON "notifications"."webhook_endpoints" ("owner_partner_id", "url") WHERE "deleted_at" IS NULL`);
    await q.query(`CREATE INDEX "webhook_endpoints_owner_idx" ON "notifications"."webhook_endpoints" ("owner_partner_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "webhook_endpoints_listing_idx" ON "notifications"."webhook_endpoints" ("created_at", "id")`);
    // The identity's CACHE stays 1: numbers are then handed out in call order across sessions, which the feed's
    // per-owner serialisation relies on (an entry never gets a lower number than one committed before it).
    await q.query(`CREATE TABLE "notifications"."event_feed" (
      "seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "owner_partner_id" uuid NOT NULL,
      "event_id" uuid NOT NULL,
      "event_type" text NOT NULL CHECK (char_length("event_type") BETWEEN 1 AND 100),
      "order_id" uuid,
      "occurred_at" timestamptz NOT NULL,
      "payload" jsonb NOT NULL,
      "recorded_at" timestamptz NOT NULL,
      CONSTRAINT "event_feed_once_uq" UNIQUE ("owner_partner_id", "event_id")
    )`);
    await q.query(`CREATE INDEX "event_feed_owner_seq_idx" ON "notifications"."event_feed" ("owner_partner_id", "seq")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."event_feed"`);
    await q.query(`DROP TABLE "notifications"."webhook_endpoints"`);
  }
}
