import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a resolution needs to finish exactly once: the `disputes.dispute-resolved` event it announced (the cause of
 * a later claw-back request), when a claw-back was requested (never twice), and the return shipment's first scan
 * and delivery for RETURN_AND_REFUND. And a removed vulnerable flag keeps its category (for the regulator view):
 * `vulnerable` follows the flag's status, the category is set whenever a flag was ever declared or confirmed.
 */
export class DisputeResolutionTrail1795892500000 implements MigrationInterface {
  name = 'DisputeResolutionTrail1795892500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "disputes"."disputes"
      ADD COLUMN "resolution_event_id" uuid,
      ADD COLUMN "clawback_requested_at" timestamptz,
      ADD COLUMN "return_shipped_at" timestamptz,
      ADD COLUMN "return_delivered_at" timestamptz`);
    await q.query(`DO $$ DECLARE c text; BEGIN
      SELECT conname INTO c FROM pg_constraint
        WHERE conrelid = '"disputes"."disputes"'::regclass AND pg_get_constraintdef(oid) LIKE '%vulnerable_category IS NOT NULL%';
      EXECUTE format('ALTER TABLE "disputes"."disputes" DROP CONSTRAINT %I', c);
    END $$`);
    await q.query(`ALTER TABLE "disputes"."disputes" ADD CONSTRAINT "disputes_vulnerable_flag" CHECK (
      "vulnerable" = ("vulnerable_status" IN ('DECLARED', 'CONFIRMED')) AND ("vulnerable_status" = 'NONE') = ("vulnerable_category" IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "disputes"."disputes" DROP CONSTRAINT "disputes_vulnerable_flag"`);
    await q.query(`UPDATE "disputes"."disputes" SET "vulnerable_category" = NULL WHERE NOT "vulnerable"`);
    await q.query(`ALTER TABLE "disputes"."disputes" ADD CHECK ("vulnerable" = ("vulnerable_category" IS NOT NULL))`);
    await q.query(`ALTER TABLE "disputes"."disputes" DROP COLUMN "resolution_event_id", DROP COLUMN "clawback_requested_at",
      DROP COLUMN "return_shipped_at", DROP COLUMN "return_delivered_at"`);
  }
}
