import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The escrow lifecycle: what the escrow needs to decide delivery, hold and money questions on its own (the
 * seller and their payout account from the order, the fee rate fixed at opening, the delivery facts, the
 * inspection window and the hold), and two more ledger account types: SUSPENSE (a payment received before its
 * order, per payment) and SELLER_RECEIVABLE (a claw-back the seller owes, per marketplace seller).
 */
export class EscrowLifecycle1795890000000 implements MigrationInterface {
  name = 'EscrowLifecycle1795890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "escrow"."escrows"
      ADD COLUMN "seller_id" text NOT NULL DEFAULT '',
      ADD COLUMN "seller_payout_account" jsonb,
      ADD COLUMN "fee_bps" integer NOT NULL DEFAULT 0 CHECK ("fee_bps" BETWEEN 0 AND 10000),
      ADD COLUMN "funded_at" timestamptz,
      ADD COLUMN "ship_by_at" timestamptz,
      ADD COLUMN "outbound_shipment_id" uuid,
      ADD COLUMN "first_scanned_at" timestamptz,
      ADD COLUMN "delivered_at" timestamptz,
      ADD COLUMN "delivery_failed_at" timestamptz,
      ADD COLUMN "returned_at" timestamptz,
      ADD COLUMN "lost_at" timestamptz,
      ADD COLUMN "inspection_ends_at" timestamptz,
      ADD COLUMN "hold_dispute_id" uuid,
      ADD COLUMN "hold_from_state" text,
      ADD COLUMN "hold_inspection_left_ms" bigint CHECK ("hold_inspection_left_ms" >= 0),
      ADD COLUMN "return_refund_amount" bigint CHECK ("return_refund_amount" >= 0),
      ADD COLUMN "closed_at" timestamptz`);
    await q.query(`ALTER TABLE "escrow"."escrows" ALTER COLUMN "seller_id" DROP DEFAULT`);
    await q.query(`CREATE INDEX "escrows_state_idx" ON "escrow"."escrows" ("state")`);

    await q.query(`ALTER TABLE "escrow"."ledger_accounts" ADD COLUMN "payment_id" uuid`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" DROP CONSTRAINT "ledger_accounts_type_check"`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" ADD CONSTRAINT "ledger_accounts_type_check"
      CHECK ("type" IN ('PARTNER_CLEARING', 'HELD_FUNDS', 'SELLER_PAYABLE', 'BUYER_REFUND_PAYABLE', 'PLATFORM_FEE_REVENUE', 'SUSPENSE', 'SELLER_RECEIVABLE'))`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" DROP CONSTRAINT "ledger_accounts_refs"`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" ADD CONSTRAINT "ledger_accounts_refs" CHECK (
        ("type" = 'PARTNER_CLEARING' AND "partner_id" IS NOT NULL) OR
        ("type" IN ('HELD_FUNDS', 'BUYER_REFUND_PAYABLE') AND "escrow_id" IS NOT NULL) OR
        ("type" = 'SELLER_PAYABLE' AND "escrow_id" IS NOT NULL AND "seller_id" IS NOT NULL) OR
        ("type" = 'PLATFORM_FEE_REVENUE') OR
        ("type" = 'SUSPENSE' AND "payment_id" IS NOT NULL) OR
        ("type" = 'SELLER_RECEIVABLE' AND "partner_id" IS NOT NULL AND "seller_id" IS NOT NULL)
      )`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" ADD CONSTRAINT "ledger_accounts_suspense_never_negative"
      CHECK ("type" <> 'SUSPENSE' OR "posted_credits" - "posted_debits" - "pending_debits" >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" DROP CONSTRAINT "ledger_accounts_suspense_never_negative"`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" DROP CONSTRAINT "ledger_accounts_refs"`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" ADD CONSTRAINT "ledger_accounts_refs" CHECK (
        ("type" = 'PARTNER_CLEARING' AND "partner_id" IS NOT NULL) OR
        ("type" IN ('HELD_FUNDS', 'BUYER_REFUND_PAYABLE') AND "escrow_id" IS NOT NULL) OR
        ("type" = 'SELLER_PAYABLE' AND "escrow_id" IS NOT NULL AND "seller_id" IS NOT NULL) OR
        ("type" = 'PLATFORM_FEE_REVENUE'))`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" DROP CONSTRAINT "ledger_accounts_type_check"`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" ADD CONSTRAINT "ledger_accounts_type_check"
      CHECK ("type" IN ('PARTNER_CLEARING', 'HELD_FUNDS', 'SELLER_PAYABLE', 'BUYER_REFUND_PAYABLE', 'PLATFORM_FEE_REVENUE'))`);
    await q.query(`ALTER TABLE "escrow"."ledger_accounts" DROP COLUMN "payment_id"`);
    await q.query(`DROP INDEX "escrow"."escrows_state_idx"`);
    await q.query(`ALTER TABLE "escrow"."escrows"
      DROP COLUMN "seller_id", DROP COLUMN "seller_payout_account", DROP COLUMN "fee_bps", DROP COLUMN "funded_at",
      DROP COLUMN "ship_by_at", DROP COLUMN "outbound_shipment_id", DROP COLUMN "first_scanned_at", DROP COLUMN "delivered_at",
      DROP COLUMN "delivery_failed_at", DROP COLUMN "returned_at", DROP COLUMN "lost_at", DROP COLUMN "inspection_ends_at",
      DROP COLUMN "hold_dispute_id", DROP COLUMN "hold_from_state", DROP COLUMN "hold_inspection_left_ms",
      DROP COLUMN "return_refund_amount", DROP COLUMN "closed_at"`);
  }
}
