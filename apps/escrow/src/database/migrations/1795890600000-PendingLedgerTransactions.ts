import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-phase ledger transactions (after TigerBeetle's pending transfers): a transaction may be PENDING (its amounts
 * sit in the accounts' pending totals) as well as POSTED. A pending transaction is resolved at most once, by an
 * insert-only resolution row: POSTED (a new POSTED transaction with the same postings moved the amounts into the
 * posted totals) or VOIDED (the amounts left the pending totals). Nothing is ever updated or deleted.
 */
export class PendingLedgerTransactions1795890600000 implements MigrationInterface {
  name = 'PendingLedgerTransactions1795890600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "escrow"."ledger_transactions" DROP CONSTRAINT "ledger_transactions_status_check"`);
    await q.query(`ALTER TABLE "escrow"."ledger_transactions" ADD CONSTRAINT "ledger_transactions_status_check" CHECK ("status" IN ('PENDING', 'POSTED'))`);
    await q.query(`CREATE INDEX "ledger_transactions_pending_idx" ON "escrow"."ledger_transactions" ("id") WHERE "status" = 'PENDING'`);

    await q.query(`CREATE TABLE "escrow"."ledger_pending_resolutions" (
      "pending_transaction_id" uuid PRIMARY KEY REFERENCES "escrow"."ledger_transactions" ("id"),
      "resolution" text NOT NULL CHECK ("resolution" IN ('POSTED', 'VOIDED')),
      "posted_transaction_id" uuid UNIQUE REFERENCES "escrow"."ledger_transactions" ("id"),
      "resolved_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "ledger_pending_resolutions_posted_has_transaction" CHECK (("resolution" = 'POSTED') = ("posted_transaction_id" IS NOT NULL))
    )`);
    await q.query(`CREATE TRIGGER "ledger_pending_resolutions_immutable" BEFORE UPDATE OR DELETE ON "escrow"."ledger_pending_resolutions"
      FOR EACH ROW EXECUTE FUNCTION "escrow"."ledger_refuse_change"()`);
    await q.query(`CREATE TRIGGER "ledger_pending_resolutions_no_truncate" BEFORE TRUNCATE ON "escrow"."ledger_pending_resolutions"
      FOR EACH STATEMENT EXECUTE FUNCTION "escrow"."ledger_refuse_change"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."ledger_pending_resolutions"`);
    await q.query(`DROP INDEX "escrow"."ledger_transactions_pending_idx"`);
    await q.query(`ALTER TABLE "escrow"."ledger_transactions" DROP CONSTRAINT "ledger_transactions_status_check"`);
    await q.query(`ALTER TABLE "escrow"."ledger_transactions" ADD CONSTRAINT "ledger_transactions_status_check" CHECK ("status" = 'POSTED')`);
  }
}
