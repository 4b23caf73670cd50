import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overview's "recent orders" reads the newest placed orders of `rm_orders` on every recompute (every few
 * seconds and on each change): an index in that order makes it a short index scan instead of a sort of the table.
 */
export class RecentOrdersIndex1795893700000 implements MigrationInterface {
  name = 'RecentOrdersIndex1795893700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "rm_orders_recent_idx" ON "console"."rm_orders" ("placed_at" DESC, "order_id" DESC) WHERE "placed_at" IS NOT NULL AND "code" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "console"."rm_orders_recent_idx"`);
  }
}
