import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events about an order whose escrow is not open yet (the delivery, disputes and orders topics are not ordered
 * with each other, so a courier's scan can overtake `orders.order-placed`). They wait here, in arrival order,
 * and are applied the moment the escrow opens; one never claimed is answered or raised to operators when its
 * waiting time ends.
 */
export class EarlyEvents1795890500000 implements MigrationInterface {
  name = 'EarlyEvents1795890500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."early_events" (
      "event_id" uuid PRIMARY KEY,
      "seq" bigserial NOT NULL UNIQUE,
      "order_id" uuid NOT NULL,
      "type" text NOT NULL,
      "envelope" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "early_events_order_idx" ON "escrow"."early_events" ("order_id", "seq")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."early_events"`);
  }
}
