import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trust scores' read model, kept incrementally by the transactions that apply orders and dispute moves:
 * `trust_daily`, one row of counters per subject (a merchant `marketplaceId:sellerId`, or a marketplace) and
 * Vietnamese calendar day, and `trust_resolutions`, one row per settled dispute and subject with its duration,
 * for the exact median of a window (`percentile_disc` over that window's rows, by `trust_resolutions_window`).
 */
export class TrustScores1795892800000 implements MigrationInterface {
  name = 'TrustScores1795892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "disputes"."trust_daily" (
      "subject_kind" text NOT NULL CHECK ("subject_kind" IN ('merchant', 'marketplace')),
      "subject_id" text NOT NULL CHECK (char_length("subject_id") BETWEEN 1 AND 140),
      "day" date NOT NULL,
      "orders" integer NOT NULL DEFAULT 0 CHECK ("orders" >= 0),
      "disputes_opened" integer NOT NULL DEFAULT 0 CHECK ("disputes_opened" >= 0),
      "answerable" integer NOT NULL DEFAULT 0 CHECK ("answerable" >= 0),
      "answered_in_time" integer NOT NULL DEFAULT 0 CHECK ("answered_in_time" >= 0),
      "default_judgments_lost" integer NOT NULL DEFAULT 0 CHECK ("default_judgments_lost" >= 0),
      "resolved" integer NOT NULL DEFAULT 0 CHECK ("resolved" >= 0),
      PRIMARY KEY ("subject_kind", "subject_id", "day")
    )`);
    await q.query(`CREATE TABLE "disputes"."trust_resolutions" (
      "subject_kind" text NOT NULL CHECK ("subject_kind" IN ('merchant', 'marketplace')),
      "subject_id" text NOT NULL CHECK (char_length("subject_id") BETWEEN 1 AND 140),
      "dispute_id" uuid NOT NULL,
      "resolved_day" date NOT NULL,
      "duration_seconds" integer NOT NULL CHECK ("duration_seconds" >= 0),
      PRIMARY KEY ("subject_kind", "subject_id", "dispute_id")
    )`);
    await q.query(`CREATE INDEX "trust_resolutions_window" ON "disputes"."trust_resolutions" ("subject_kind", "subject_id", "resolved_day") INCLUDE ("duration_seconds")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "disputes"."trust_resolutions"`);
    await q.query(`DROP TABLE "disputes"."trust_daily"`);
  }
}
