import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refunds to cash-on-delivery buyers: the bank account or e-wallet a buyer gives in the buyer portal (one per
 * escrow, number and holder's name sealed, number masked), and the instruction rules for refunds that go to it
 * instead of back against a payment: such a refund may wait for the destination (AWAITING_ACCOUNT, only these
 * refunds), and once issued it carries the destination's details sealed, as a payout does.
 */
export class BuyerRefundDestinations1795893100000 implements MigrationInterface {
  name = 'BuyerRefundDestinations1795893100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."buyer_refund_destinations" (
      "escrow_id" uuid PRIMARY KEY REFERENCES "escrow"."escrows" ("id"),
      "order_id" uuid NOT NULL UNIQUE,
      "method" text NOT NULL CHECK ("method" IN ('BANK_ACCOUNT', 'EWALLET')),
      "institution_code" text NOT NULL,
      "account_number_masked" text NOT NULL,
      "sealed_details" text NOT NULL,
      "key_id" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`ALTER TABLE "escrow"."instructions"
      ADD CONSTRAINT "instructions_awaiting_refund_to_buyer_account" CHECK (
        "kind" <> 'REFUND' OR "status" <> 'AWAITING_ACCOUNT' OR "beneficiary"->>'destination' IN ('BANK_ACCOUNT', 'EWALLET')),
      ADD CONSTRAINT "instructions_issued_refund_to_buyer_account_has_details" CHECK (
        "kind" <> 'REFUND' OR "status" = 'AWAITING_ACCOUNT' OR "beneficiary"->>'destination' = 'ORIGINAL_PAYMENT' OR "payout_details_sealed" IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "escrow"."instructions" DROP CONSTRAINT "instructions_issued_refund_to_buyer_account_has_details", DROP CONSTRAINT "instructions_awaiting_refund_to_buyer_account"`);
    await q.query(`DROP TABLE "escrow"."buyer_refund_destinations"`);
  }
}
