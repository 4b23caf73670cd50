import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payout and refund instructions to payment partners (issued once per cause key, settled or failed by the
 * partner, retried or escalated, never lost), the partners' settlement reports (a repeat is answered as the
 * first), and the payout accounts marketplaces register for their sellers (details sealed, number masked).
 */
export class CreateInstructions1795890100000 implements MigrationInterface {
  name = 'CreateInstructions1795890100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."instructions" (
      "id" uuid PRIMARY KEY,
      "kind" text NOT NULL CHECK ("kind" IN ('PAYOUT', 'REFUND')),
      "status" text NOT NULL CHECK ("status" IN ('PENDING', 'AWAITING_ACCOUNT', 'SETTLED', 'FAILED', 'ESCALATED')),
      "cause_key" text NOT NULL UNIQUE,
      "issue_key" text NOT NULL,
      "escrow_id" uuid REFERENCES "escrow"."escrows" ("id"),
      "order_id" uuid,
      "marketplace_id" uuid,
      "seller_id" text,
      "partner_id" uuid NOT NULL,
      "payment_id" uuid,
      "original_partner_txn_id" text,
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "currency" text NOT NULL DEFAULT 'VND' CHECK ("currency" = 'VND'),
      "reason" text,
      "beneficiary" jsonb NOT NULL,
      "payout_details_sealed" text,
      "key_id" text,
      "attempt" integer NOT NULL DEFAULT 1 CHECK ("attempt" >= 1),
      "next_attempt_at" timestamptz,
      "last_failure_reason" text,
      "partner_reference" text,
      "settled_at" timestamptz,
      "settlement_recorded_at" timestamptz,
      "issued_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      CONSTRAINT "instructions_payout_has_seller" CHECK ("kind" <> 'PAYOUT' OR ("escrow_id" IS NOT NULL AND "seller_id" IS NOT NULL)),
      CONSTRAINT "instructions_pending_payout_has_details" CHECK ("kind" <> 'PAYOUT' OR "status" = 'AWAITING_ACCOUNT' OR "payout_details_sealed" IS NOT NULL),
      CONSTRAINT "instructions_settled" CHECK ("status" <> 'SETTLED' OR ("partner_reference" IS NOT NULL AND "settled_at" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "instructions_partner_status_idx" ON "escrow"."instructions" ("partner_id", "status", "issued_at", "id")`);
    await q.query(`CREATE INDEX "instructions_escrow_idx" ON "escrow"."instructions" ("escrow_id") WHERE "escrow_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "instructions_settled_at_idx" ON "escrow"."instructions" ("settled_at") WHERE "settled_at" IS NOT NULL`);
    await q.query(`CREATE INDEX "instructions_issue_key_idx" ON "escrow"."instructions" ("issue_key")`);
    await q.query(`CREATE INDEX "instructions_payment_idx" ON "escrow"."instructions" ("payment_id") WHERE "payment_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "instructions_awaiting_account_idx" ON "escrow"."instructions" ("marketplace_id", "seller_id") WHERE "status" = 'AWAITING_ACCOUNT'`);

    await q.query(`CREATE TABLE "escrow"."instruction_reports" (
      "id" uuid PRIMARY KEY,
      "instruction_id" uuid NOT NULL REFERENCES "escrow"."instructions" ("id"),
      "attempt" integer NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('SETTLED', 'FAILED')),
      "reference" text NOT NULL,
      "reason" text,
      "reported_at" timestamptz NOT NULL,
      "answer" jsonb NOT NULL,
      "recorded_at" timestamptz NOT NULL,
      CONSTRAINT "instruction_reports_once_per_attempt" UNIQUE ("instruction_id", "attempt")
    )`);

    await q.query(`CREATE TABLE "escrow"."seller_payout_accounts" (
      "id" uuid PRIMARY KEY,
      "marketplace_id" uuid NOT NULL,
      "seller_id" text NOT NULL CHECK (char_length("seller_id") BETWEEN 1 AND 100),
      "method" text NOT NULL CHECK ("method" IN ('BANK_ACCOUNT', 'EWALLET')),
      "institution_code" text NOT NULL,
      "account_number_masked" text NOT NULL,
      "sealed_details" text NOT NULL,
      "key_id" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      CONSTRAINT "seller_payout_accounts_seller_uq" UNIQUE ("marketplace_id", "seller_id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."seller_payout_accounts"`);
    await q.query(`DROP TABLE "escrow"."instruction_reports"`);
    await q.query(`DROP TABLE "escrow"."instructions"`);
  }
}
