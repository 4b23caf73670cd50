import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The money desk and the audit of operator actions done at other services.
 *
 * `rm_manual_actions`: the read model of escrow's manual money actions (force release, force refund, correcting
 * entry, claw-back), from `escrow.manual-action-proposed` and `escrow.manual-action-decided`: the desk's queue of
 * proposals awaiting a second admin, and the decided ones. Amounts are bigint VND. A decision consumed without its
 * proposal (older than the topic's retention) leaves the proposal's fields null.
 *
 * `audit_log` learns where an entry came from: `source` (`console`, or the service whose event told of an operator
 * action done there), and that event's id and type. An event's entry is written once: `source_event_id` is unique.
 * The log stays append-only (adding columns rewrites no row and fires no row trigger).
 */
export class MoneyDeskAndEventAudit1795893600000 implements MigrationInterface {
  name = 'MoneyDeskAndEventAudit1795893600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "console"."rm_manual_actions" (
      "action_id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL,
      "escrow_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "amount" bigint CHECK ("amount" >= 0),
      "reason" text,
      "dispute_id" uuid,
      "proposed_by" uuid NOT NULL,
      "proposed_at" timestamptz,
      "status" text NOT NULL CHECK ("status" IN ('PROPOSED', 'APPROVED', 'REJECTED')),
      "decided_by" uuid,
      "decided_at" timestamptz,
      "note" text,
      "last_at" timestamptz GENERATED ALWAYS AS (COALESCE("decided_at", "proposed_at")) STORED,
      "updated_at" timestamptz NOT NULL,
      CHECK (("status" = 'PROPOSED') = ("decided_at" IS NULL)),
      CHECK (("decided_at" IS NULL) = ("decided_by" IS NULL)),
      CHECK ("status" <> 'PROPOSED' OR "proposed_at" IS NOT NULL)
    )`);
    // The desk's queue: proposals awaiting a decision, oldest first.
    await q.query(`CREATE INDEX "rm_manual_actions_queue_idx" ON "console"."rm_manual_actions" ("proposed_at", "action_id") WHERE "status" = 'PROPOSED'`);
    // Decided ones, newest first, by decision.
    await q.query(`CREATE INDEX "rm_manual_actions_decided_idx" ON "console"."rm_manual_actions" ("status", "decided_at" DESC, "action_id" DESC) WHERE "status" <> 'PROPOSED'`);
    // Everything, newest activity first.
    await q.query(`CREATE INDEX "rm_manual_actions_last_idx" ON "console"."rm_manual_actions" ("last_at" DESC, "action_id" DESC)`);
    await q.query(`CREATE INDEX "rm_manual_actions_order_idx" ON "console"."rm_manual_actions" ("order_id")`);

    await q.query(`ALTER TABLE "console"."audit_log"
      ADD COLUMN "source" text NOT NULL DEFAULT 'console',
      ADD COLUMN "source_event_id" uuid,
      ADD COLUMN "source_event_type" text`);
    await q.query(`ALTER TABLE "console"."audit_log" ADD CONSTRAINT "audit_log_source_event_key" UNIQUE ("source_event_id")`);
    await q.query(`ALTER TABLE "console"."audit_log" ADD CONSTRAINT "audit_log_source_event_check"
      CHECK (("source_event_id" IS NULL) = ("source_event_type" IS NULL) AND ("source" = 'console') = ("source_event_id" IS NULL))`);
    await q.query(`CREATE INDEX "audit_log_source_idx" ON "console"."audit_log" ("source", "seq")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "console"."audit_log_source_idx"`);
    await q.query(`ALTER TABLE "console"."audit_log" DROP CONSTRAINT IF EXISTS "audit_log_source_event_check", DROP CONSTRAINT IF EXISTS "audit_log_source_event_key"`);
    await q.query(`ALTER TABLE "console"."audit_log" DROP COLUMN IF EXISTS "source_event_type", DROP COLUMN IF EXISTS "source_event_id", DROP COLUMN IF EXISTS "source"`);
    await q.query(`DROP TABLE IF EXISTS "console"."rm_manual_actions"`);
  }
}
