import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner settlements: a payment partner's business day (Asia/Ho_Chi_Minh) closed by escrow, with its final
 * totals in whole VND. One row per (partner, day) at most: the unique constraint is what makes closing idempotent
 * across runs and replicas. The index on ledger transactions' time serves the closer's search for days with fees.
 */
export class PartnerSettlements1795895000000 implements MigrationInterface {
  name = 'PartnerSettlements1795895000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."partner_settlements" (
      "id" uuid PRIMARY KEY,
      "partner_id" uuid NOT NULL,
      "business_date" date NOT NULL,
      "funded_amount" bigint NOT NULL CHECK ("funded_amount" >= 0),
      "payout_amount" bigint NOT NULL CHECK ("payout_amount" >= 0),
      "refund_amount" bigint NOT NULL CHECK ("refund_amount" >= 0),
      "fee_amount" bigint NOT NULL CHECK ("fee_amount" >= 0),
      "line_count" integer NOT NULL CHECK ("line_count" >= 0),
      "closed_at" timestamptz NOT NULL,
      CONSTRAINT "partner_settlements_day_uq" UNIQUE ("partner_id", "business_date")
    )`);
    await q.query(`CREATE INDEX "ledger_transactions_created_idx" ON "escrow"."ledger_transactions" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "escrow"."ledger_transactions_created_idx"`);
    await q.query(`DROP TABLE "escrow"."partner_settlements"`);
  }
}
