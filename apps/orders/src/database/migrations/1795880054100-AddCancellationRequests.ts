import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The marketplace's cancellation request on an order (escrow answers it; the outcome is a status fact). */
export class AddCancellationRequests1795880054100 implements MigrationInterface {
  name = 'AddCancellationRequests1795880054100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "orders"."orders"
      ADD COLUMN "cancellation_id" uuid,
      ADD COLUMN "cancellation_reason" text,
      ADD COLUMN "cancellation_requested_at" timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "orders"."orders" DROP COLUMN "cancellation_id", DROP COLUMN "cancellation_reason", DROP COLUMN "cancellation_requested_at"`);
  }
}
