import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner reconciliations: each statement a payment partner posted for a business day (Asia/Ho_Chi_Minh) and
 * what escrow answered when comparing it with its own lines. Revisions per (partner, day) count from 1: a
 * statement re-posted with the content of the latest revision (same body hash) answers that revision; another
 * content is a new revision. `result` is the answer given (matched, ours only, theirs only, mismatches).
 */
export class Reconciliation1795890400000 implements MigrationInterface {
  name = 'Reconciliation1795890400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."partner_reconciliations" (
      "id" uuid PRIMARY KEY,
      "partner_id" uuid NOT NULL,
      "business_date" date NOT NULL,
      "revision" integer NOT NULL CHECK ("revision" >= 1),
      "body_hash" text NOT NULL CHECK ("body_hash" ~ '^[0-9a-f]{64}$'),
      "statement_line_count" integer NOT NULL CHECK ("statement_line_count" >= 0),
      "our_line_count" integer NOT NULL CHECK ("our_line_count" >= 0),
      "matched_count" integer NOT NULL CHECK ("matched_count" >= 0),
      "ours_only_count" integer NOT NULL CHECK ("ours_only_count" >= 0),
      "theirs_only_count" integer NOT NULL CHECK ("theirs_only_count" >= 0),
      "amount_mismatch_count" integer NOT NULL CHECK ("amount_mismatch_count" >= 0),
      "balanced" boolean NOT NULL,
      "result" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL,
      CONSTRAINT "partner_reconciliations_revision_uq" UNIQUE ("partner_id", "business_date", "revision"),
      CONSTRAINT "partner_reconciliations_balanced" CHECK (
        "balanced" = ("ours_only_count" = 0 AND "theirs_only_count" = 0 AND "amount_mismatch_count" = 0)
      )
    )`);
    // The day's lines: payments received and instructions settled, per partner and time.
    await q.query(`CREATE INDEX "payments_partner_received_idx" ON "escrow"."payments" ("partner_id", "received_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "escrow"."payments_partner_received_idx"`);
    await q.query(`DROP TABLE "escrow"."partner_reconciliations"`);
  }
}
