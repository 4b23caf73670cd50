import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The escrows table: one escrow per order. */
export class CreateEscrows1795876491117 implements MigrationInterface {
  name = 'CreateEscrows1795876491117';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."escrows" (
      "id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL UNIQUE,
      "marketplace_id" uuid NOT NULL,
      "order_code" text NOT NULL,
      "state" text NOT NULL,
      "payment_method" text NOT NULL CHECK ("payment_method" IN ('PREPAID', 'COD')),
      "expected_amount" bigint NOT NULL CHECK ("expected_amount" >= 0),
      "currency" text NOT NULL CHECK ("currency" = 'VND'),
      "payment_reference" text NOT NULL UNIQUE,
      "funding_deadline" timestamptz,
      "inspection_days" integer NOT NULL,
      "ship_by_days" integer NOT NULL,
      "opened_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      "version" integer NOT NULL
    )`);
    await q.query(`CREATE INDEX "escrows_marketplace_idx" ON "escrow"."escrows" ("marketplace_id", "opened_at" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."escrows"`);
  }
}
