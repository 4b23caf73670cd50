import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cash on delivery inside escrow: one COD parcel per COD escrow (what should be collected, what the courier says it
 * collected, what it remitted), the courier's remittance batches (idempotent by the courier's `remittanceId`) and
 * their lines, each funding its escrow or refused with a reason. Every escrow learns its outbound parcel's courier and
 * tracking number (a remittance line for a PREPAID parcel is refused NOT_COD).
 */
export class CodCollection1795893000000 implements MigrationInterface {
  name = 'CodCollection1795893000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."cod_parcels" (
      "escrow_id" uuid PRIMARY KEY REFERENCES "escrow"."escrows" ("id"),
      "order_id" uuid NOT NULL UNIQUE,
      "marketplace_id" uuid NOT NULL,
      "order_code" text NOT NULL,
      "expected_amount" bigint NOT NULL CHECK ("expected_amount" > 0),
      "courier_id" uuid,
      "shipment_id" uuid,
      "tracking_number" text,
      "collected_amount" bigint CHECK ("collected_amount" >= 0),
      "delivered_at" timestamptz,
      "refused_at" timestamptz,
      "remitted_amount" bigint NOT NULL DEFAULT 0 CHECK ("remitted_amount" >= 0 AND "remitted_amount" <= "expected_amount"),
      "first_remitted_at" timestamptz,
      "last_remitted_at" timestamptz,
      "overdue_alerted_at" timestamptz,
      "pending_outcome" jsonb,
      "late_money" jsonb,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "cod_parcels_tracking_uq" ON "escrow"."cod_parcels" ("courier_id", "tracking_number") WHERE "tracking_number" IS NOT NULL`);
    await q.query(`CREATE INDEX "cod_parcels_courier_delivered_idx" ON "escrow"."cod_parcels" ("courier_id", "delivered_at") WHERE "delivered_at" IS NOT NULL`);
    await q.query(`CREATE INDEX "cod_parcels_unremitted_idx" ON "escrow"."cod_parcels" ("courier_id", "delivered_at")
      WHERE "delivered_at" IS NOT NULL AND "remitted_amount" < coalesce("collected_amount", "expected_amount")`);

    await q.query(`CREATE TABLE "escrow"."cod_remittances" (
      "id" uuid PRIMARY KEY,
      "courier_id" uuid NOT NULL,
      "remittance_id" text NOT NULL,
      "fingerprint" text NOT NULL,
      "transferred_at" timestamptz NOT NULL,
      "bank_reference" text NOT NULL,
      "total_amount" bigint NOT NULL CHECK ("total_amount" >= 0),
      "funded_amount" bigint NOT NULL CHECK ("funded_amount" >= 0),
      "refused_amount" bigint NOT NULL CHECK ("refused_amount" >= 0),
      "line_count" integer NOT NULL CHECK ("line_count" > 0),
      "received_at" timestamptz NOT NULL,
      CONSTRAINT "cod_remittances_courier_remittance_uq" UNIQUE ("courier_id", "remittance_id"),
      CONSTRAINT "cod_remittances_total_split" CHECK ("total_amount" = "funded_amount" + "refused_amount")
    )`);
    await q.query(`CREATE INDEX "cod_remittances_courier_received_idx" ON "escrow"."cod_remittances" ("courier_id", "received_at")`);

    await q.query(`CREATE TABLE "escrow"."cod_remittance_lines" (
      "id" uuid PRIMARY KEY,
      "remittance_row_id" uuid NOT NULL REFERENCES "escrow"."cod_remittances" ("id"),
      "line_no" integer NOT NULL CHECK ("line_no" >= 0),
      "tracking_number" text NOT NULL,
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "outcome" text NOT NULL CHECK ("outcome" IN ('FUNDED', 'REFUSED')),
      "refusal_reason" text,
      "escrow_id" uuid REFERENCES "escrow"."escrows" ("id"),
      "order_id" uuid,
      "payment_id" uuid,
      CONSTRAINT "cod_remittance_lines_no_uq" UNIQUE ("remittance_row_id", "line_no"),
      CONSTRAINT "cod_remittance_lines_outcome_shape" CHECK (("outcome" = 'FUNDED') = ("escrow_id" IS NOT NULL AND "refusal_reason" IS NULL))
    )`);
    await q.query(`CREATE INDEX "cod_remittance_lines_escrow_idx" ON "escrow"."cod_remittance_lines" ("escrow_id") WHERE "escrow_id" IS NOT NULL`);

    // The outbound parcel's courier and tracking number, for every escrow: a COD remittance line naming a PREPAID
    // order's parcel is refused NOT_COD.
    await q.query(`ALTER TABLE "escrow"."escrows" ADD COLUMN "outbound_courier_id" uuid, ADD COLUMN "outbound_tracking_number" text`);
    await q.query(`CREATE INDEX "escrows_outbound_tracking_idx" ON "escrow"."escrows" ("outbound_courier_id", "outbound_tracking_number") WHERE "outbound_tracking_number" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "escrow"."escrows_outbound_tracking_idx"`);
    await q.query(`ALTER TABLE "escrow"."escrows" DROP COLUMN "outbound_tracking_number", DROP COLUMN "outbound_courier_id"`);
    await q.query(`DROP TABLE "escrow"."cod_remittance_lines"`);
    await q.query(`DROP TABLE "escrow"."cod_remittances"`);
    await q.query(`DROP TABLE "escrow"."cod_parcels"`);
  }
}
