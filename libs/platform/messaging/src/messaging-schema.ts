/**
 * The messaging tables every service keeps in its own schema: the transactional outbox, the idempotency
 * inbox and the record of dead letters. A service's first migration calls {@link messagingTablesV1}.
 *
 * WARNING: migrations must be immutable, so this function never changes. A later change is a new
 * `messagingTablesV2` that a new migration calls.
 */
export function messagingTablesV1(schema: string): string[] {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name ${schema}`);
  const channel = outboxChannel(schema);
  return [
    `CREATE TABLE "${schema}"."outbox" (
      "id" uuid PRIMARY KEY,
      "seq" bigserial NOT NULL UNIQUE,
      "topic" text NOT NULL,
      "key" text NOT NULL,
      "type" text NOT NULL,
      "envelope" jsonb NOT NULL,
      "headers" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz
    )`,
    `CREATE INDEX "outbox_unpublished_idx" ON "${schema}"."outbox" ("seq") WHERE "published_at" IS NULL`,
    `CREATE INDEX "outbox_published_at_idx" ON "${schema}"."outbox" ("published_at") WHERE "published_at" IS NOT NULL`,
    // NOTIFY is delivered at commit: it wakes the relay the moment an outbox row becomes visible.
    `CREATE FUNCTION "${schema}"."outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('${channel}', ''); RETURN NULL; END $$`,
    `CREATE TRIGGER "outbox_notify_trg" AFTER INSERT ON "${schema}"."outbox"
      FOR EACH STATEMENT EXECUTE FUNCTION "${schema}"."outbox_notify"()`,
    `CREATE TABLE "${schema}"."inbox" (
      "consumer" text NOT NULL,
      "event_id" uuid NOT NULL,
      "type" text NOT NULL,
      "topic" text NOT NULL,
      "partition" integer NOT NULL,
      "offset" bigint NOT NULL,
      "processed_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("consumer", "event_id")
    )`,
    `CREATE INDEX "inbox_processed_at_idx" ON "${schema}"."inbox" ("processed_at")`,
    `CREATE TABLE "${schema}"."dead_letters" (
      "id" uuid PRIMARY KEY,
      "consumer_group" text NOT NULL,
      "topic" text NOT NULL,
      "partition" integer NOT NULL,
      "offset" bigint NOT NULL,
      "message_timestamp" timestamptz NOT NULL,
      "key" text,
      "event_id" text,
      "event_type" text,
      "reason" text NOT NULL,
      "detail" text NOT NULL,
      "dead_letter_topic" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "replayed_at" timestamptz,
      -- Offsets repeat when a topic is recreated; with the message's timestamp the identity stays unique.
      UNIQUE ("consumer_group", "topic", "partition", "offset", "message_timestamp")
    )`,
    `CREATE INDEX "dead_letters_created_at_idx" ON "${schema}"."dead_letters" ("created_at" DESC)`,
  ];
}

/** Reverses {@link messagingTablesV1}. */
export function dropMessagingTablesV1(schema: string): string[] {
  return [
    `DROP TABLE IF EXISTS "${schema}"."dead_letters"`,
    `DROP TABLE IF EXISTS "${schema}"."inbox"`,
    `DROP TRIGGER IF EXISTS "outbox_notify_trg" ON "${schema}"."outbox"`,
    `DROP TABLE IF EXISTS "${schema}"."outbox"`,
    `DROP FUNCTION IF EXISTS "${schema}"."outbox_notify"()`,
  ];
}

/** The LISTEN/NOTIFY channel that wakes a schema's outbox relay. */
export function outboxChannel(schema: string): string {
  return `tc_outbox_${schema}`;
}
