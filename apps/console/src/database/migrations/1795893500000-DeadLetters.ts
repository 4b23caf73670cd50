import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's dead-letter desk: every service's dead letters as read from the dead-letter topics (never from
 * the services' tables), with the original message byte for byte for replay. Named `platform_dead_letters`:
 * `console.dead_letters` is the console's own record of what it dead-lettered (the messaging tables).
 *
 * A dead letter is recorded once although its topic may carry it twice (a publisher retrying after a crash): its
 * identity is the failing group, the original topic, partition and offset, and a digest of the key and value (the
 * original message's timestamp is not on the dead letter). A message without those headers is recorded once per
 * dead-letter message (topic, partition, offset, timestamp).
 */
export class DeadLetters1795893500000 implements MigrationInterface {
  name = 'DeadLetters1795893500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "console"."platform_dead_letters" (
      "id" uuid PRIMARY KEY,
      "seq" bigserial NOT NULL UNIQUE,
      "service" text NOT NULL,
      "consumer_group" text,
      "original_topic" text,
      "original_partition" integer CHECK ("original_partition" >= 0),
      "original_offset" bigint CHECK ("original_offset" >= 0),
      "key" bytea,
      "event_id" text,
      "event_type" text,
      "reason" text NOT NULL,
      "detail" text NOT NULL,
      "failed_at" timestamptz NOT NULL,
      "dead_letter_topic" text NOT NULL,
      "dead_letter_partition" integer NOT NULL,
      "dead_letter_offset" bigint NOT NULL,
      "dead_letter_timestamp" timestamptz NOT NULL,
      "message_digest" bytea NOT NULL,
      "value" bytea,
      "headers" jsonb NOT NULL DEFAULT '[]'::jsonb,
      "received_at" timestamptz NOT NULL,
      "replayed_at" timestamptz,
      "replayed_by" uuid,
      "replay_count" integer NOT NULL DEFAULT 0 CHECK ("replay_count" >= 0),
      "replayed_partition" integer,
      "replayed_offset" bigint,
      CHECK (("replayed_at" IS NULL) = ("replay_count" = 0)),
      UNIQUE ("dead_letter_topic", "dead_letter_partition", "dead_letter_offset", "dead_letter_timestamp"),
      UNIQUE ("consumer_group", "original_topic", "original_partition", "original_offset", "message_digest")
    )`);
    // The list, newest failure first (all, or the open ones), and the open ones' counts per service and reason.
    await q.query(`CREATE INDEX "platform_dead_letters_failed_idx" ON "console"."platform_dead_letters" ("failed_at" DESC, "seq" DESC)`);
    await q.query(`CREATE INDEX "platform_dead_letters_open_idx" ON "console"."platform_dead_letters" ("failed_at" DESC, "seq" DESC) WHERE "replayed_at" IS NULL`);
    await q.query(`CREATE INDEX "platform_dead_letters_open_reason_idx" ON "console"."platform_dead_letters" ("service", "reason") WHERE "replayed_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "console"."platform_dead_letters"`);
  }
}
