import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parked payments: a payment that arrives before its order is kept (PARKED) with what the partner named it by
 * (the claimed order id or the payment reference) until the order arrives (MATCHED) or its match deadline passes
 * (EXPIRED, refunded). A parked payment has no escrow, order, match or escrow state yet, so those columns become
 * nullable (the escrow foreign key stays); every existing row is a MATCHED payment.
 */
export class ParkedPayments1795890200000 implements MigrationInterface {
  name = 'ParkedPayments1795890200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "escrow"."payments"
      ALTER COLUMN "escrow_id" DROP NOT NULL,
      ALTER COLUMN "order_id" DROP NOT NULL,
      ALTER COLUMN "match" DROP NOT NULL,
      ALTER COLUMN "escrow_state" DROP NOT NULL,
      ADD COLUMN "status" text NOT NULL DEFAULT 'MATCHED' CHECK ("status" IN ('MATCHED', 'PARKED', 'EXPIRED')),
      ADD COLUMN "claimed_order_id" uuid,
      ADD COLUMN "payment_reference" text CHECK (char_length("payment_reference") BETWEEN 1 AND 40),
      ADD COLUMN "match_deadline" timestamptz,
      ADD COLUMN "matched_at" timestamptz`);
    await q.query(`ALTER TABLE "escrow"."payments" ALTER COLUMN "status" DROP DEFAULT`);
    // A matched payment knows its escrow and the answer it got; a parked (or expired) one knows what it claimed.
    await q.query(`ALTER TABLE "escrow"."payments" ADD CONSTRAINT "payments_status_shape" CHECK (
        ("status" = 'MATCHED' AND "escrow_id" IS NOT NULL AND "order_id" IS NOT NULL AND "match" IS NOT NULL AND "escrow_state" IS NOT NULL) OR
        ("status" IN ('PARKED', 'EXPIRED') AND "escrow_id" IS NULL AND ("claimed_order_id" IS NOT NULL OR "payment_reference" IS NOT NULL) AND "match_deadline" IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX "payments_parked_order_idx" ON "escrow"."payments" ("claimed_order_id", "received_at") WHERE "status" = 'PARKED'`);
    await q.query(`CREATE INDEX "payments_parked_reference_idx" ON "escrow"."payments" ("payment_reference", "received_at") WHERE "status" = 'PARKED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "escrow"."payments" WHERE "status" <> 'MATCHED'`);
    await q.query(`DROP INDEX "escrow"."payments_parked_reference_idx"`);
    await q.query(`DROP INDEX "escrow"."payments_parked_order_idx"`);
    await q.query(`ALTER TABLE "escrow"."payments" DROP CONSTRAINT "payments_status_shape"`);
    await q.query(`ALTER TABLE "escrow"."payments"
      DROP COLUMN "matched_at",
      DROP COLUMN "match_deadline",
      DROP COLUMN "payment_reference",
      DROP COLUMN "claimed_order_id",
      DROP COLUMN "status",
      ALTER COLUMN "escrow_state" SET NOT NULL,
      ALTER COLUMN "match" SET NOT NULL,
      ALTER COLUMN "order_id" SET NOT NULL,
      ALTER COLUMN "escrow_id" SET NOT NULL`);
  }
}
