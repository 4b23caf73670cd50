import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The payments table: every payment a payment partner reported for an escrow, once per (partner, partner
 * transaction id), with the answer given to the partner (so a duplicate is answered as the first was).
 */
export class CreatePayments1795882582746 implements MigrationInterface {
  name = 'CreatePayments1795882582746';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."payments" (
      "id" uuid PRIMARY KEY,
      "partner_id" uuid NOT NULL,
      "partner_txn_id" text NOT NULL CHECK (char_length("partner_txn_id") BETWEEN 1 AND 100),
      "escrow_id" uuid NOT NULL REFERENCES "escrow"."escrows" ("id"),
      "order_id" uuid NOT NULL,
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "currency" text NOT NULL CHECK ("currency" = 'VND'),
      "match" text NOT NULL CHECK ("match" IN ('EXACT', 'UNDERPAID', 'OVERPAID')),
      "excess_amount" bigint NOT NULL CHECK ("excess_amount" >= 0 AND "excess_amount" <= "amount"),
      "escrow_state" text NOT NULL,
      "paid_at" timestamptz NOT NULL,
      "received_at" timestamptz NOT NULL,
      CONSTRAINT "payments_partner_txn_uq" UNIQUE ("partner_id", "partner_txn_id")
    )`);
    await q.query(`CREATE INDEX "payments_escrow_idx" ON "escrow"."payments" ("escrow_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."payments"`);
  }
}
