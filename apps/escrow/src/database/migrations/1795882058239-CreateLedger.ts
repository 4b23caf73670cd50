import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The double-entry ledger: accounts with their stored totals, transactions (one per idempotency key) and
 * immutable entries. Entries and transactions can never be updated or deleted (a correction is a new
 * transaction); every transaction balances at commit (deferred constraint trigger); held-funds accounts can
 * never go negative (CHECK on the stored totals). See apps/escrow/src/ledger/domain/ledger-account.ts for the
 * sign convention.
 */
export class CreateLedger1795882058239 implements MigrationInterface {
  name = 'CreateLedger1795882058239';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."ledger_accounts" (
      "id" uuid PRIMARY KEY,
      "code" text NOT NULL UNIQUE,
      "type" text NOT NULL CHECK ("type" IN ('PARTNER_CLEARING', 'HELD_FUNDS', 'SELLER_PAYABLE', 'BUYER_REFUND_PAYABLE', 'PLATFORM_FEE_REVENUE')),
      "normal_side" text NOT NULL CHECK ("normal_side" IN ('DEBIT', 'CREDIT')),
      "escrow_id" uuid,
      "partner_id" text,
      "seller_id" text,
      "currency" text NOT NULL DEFAULT 'VND' CHECK ("currency" = 'VND'),
      "posted_debits" bigint NOT NULL DEFAULT 0 CHECK ("posted_debits" >= 0),
      "posted_credits" bigint NOT NULL DEFAULT 0 CHECK ("posted_credits" >= 0),
      "pending_debits" bigint NOT NULL DEFAULT 0 CHECK ("pending_debits" >= 0),
      "pending_credits" bigint NOT NULL DEFAULT 0 CHECK ("pending_credits" >= 0),
      "version" integer NOT NULL DEFAULT 1,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "ledger_accounts_held_never_negative" CHECK ("type" <> 'HELD_FUNDS' OR "posted_credits" - "posted_debits" - "pending_debits" >= 0),
      CONSTRAINT "ledger_accounts_refs" CHECK (
        ("type" = 'PARTNER_CLEARING' AND "partner_id" IS NOT NULL) OR
        ("type" IN ('HELD_FUNDS', 'BUYER_REFUND_PAYABLE') AND "escrow_id" IS NOT NULL) OR
        ("type" = 'SELLER_PAYABLE' AND "escrow_id" IS NOT NULL AND "seller_id" IS NOT NULL) OR
        ("type" = 'PLATFORM_FEE_REVENUE')
      )
    )`);
    await q.query(`CREATE INDEX "ledger_accounts_escrow_idx" ON "escrow"."ledger_accounts" ("escrow_id") WHERE "escrow_id" IS NOT NULL`);

    await q.query(`CREATE TABLE "escrow"."ledger_transactions" (
      "id" uuid PRIMARY KEY,
      "idempotency_key" text NOT NULL UNIQUE,
      "purpose" text NOT NULL,
      "escrow_id" uuid,
      "order_id" uuid,
      "status" text NOT NULL DEFAULT 'POSTED' CHECK ("status" = 'POSTED'),
      "metadata" jsonb NOT NULL DEFAULT '{}',
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "ledger_transactions_escrow_idx" ON "escrow"."ledger_transactions" ("escrow_id") WHERE "escrow_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ledger_transactions_order_idx" ON "escrow"."ledger_transactions" ("order_id") WHERE "order_id" IS NOT NULL`);

    await q.query(`CREATE TABLE "escrow"."ledger_entries" (
      "id" uuid PRIMARY KEY,
      "transaction_id" uuid NOT NULL REFERENCES "escrow"."ledger_transactions" ("id"),
      "account_id" uuid NOT NULL REFERENCES "escrow"."ledger_accounts" ("id"),
      "side" text NOT NULL CHECK ("side" IN ('DEBIT', 'CREDIT')),
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "ledger_entries_transaction_idx" ON "escrow"."ledger_entries" ("transaction_id")`);
    await q.query(`CREATE INDEX "ledger_entries_account_idx" ON "escrow"."ledger_entries" ("account_id")`);

    // Entries and transactions are immutable: any UPDATE, DELETE or TRUNCATE raises.
    await q.query(`CREATE FUNCTION "escrow"."ledger_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger % is immutable: % refused (post a correcting transaction instead)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['ledger_entries', 'ledger_transactions']) {
      await q.query(`CREATE TRIGGER "${table}_immutable" BEFORE UPDATE OR DELETE ON "escrow"."${table}" FOR EACH ROW EXECUTE FUNCTION "escrow"."ledger_refuse_change"()`);
      await q.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "escrow"."${table}" FOR EACH STATEMENT EXECUTE FUNCTION "escrow"."ledger_refuse_change"()`);
    }

    // Every transaction balances (sum of debits = sum of credits, at least two entries), checked at commit.
    await q.query(`CREATE FUNCTION "escrow"."ledger_check_transaction_balances"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE net numeric; lines integer;
      BEGIN
        SELECT coalesce(sum(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END), 0), count(*) INTO net, lines
          FROM "escrow"."ledger_entries" WHERE transaction_id = NEW.transaction_id;
        IF net <> 0 OR lines < 2 THEN
          RAISE EXCEPTION 'ledger transaction % does not balance (net %, % entries)', NEW.transaction_id, net, lines USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER "ledger_entries_balance" AFTER INSERT ON "escrow"."ledger_entries"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "escrow"."ledger_check_transaction_balances"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."ledger_entries"`);
    await q.query(`DROP TABLE "escrow"."ledger_transactions"`);
    await q.query(`DROP TABLE "escrow"."ledger_accounts"`);
    await q.query(`DROP FUNCTION "escrow"."ledger_check_transaction_balances"()`);
    await q.query(`DROP FUNCTION "escrow"."ledger_refuse_change"()`);
  }
}
