import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events about an order notifications does not know yet (consumed before that order's `orders.order-placed`: the
 * topics are not ordered between them) are kept whole in `early_events`, once per event id, until the order-placed
 * arrives (then they are planned in arrival order, `seq`, and deleted) or for at most 7 days (then the dispatcher
 * pass drops them with a warning).
 */
export class EarlyEvents1795893400000 implements MigrationInterface {
  name = 'EarlyEvents1795893400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications"."early_events" (
      "event_id" uuid PRIMARY KEY,
      "seq" bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      "order_id" uuid NOT NULL,
      "type" text NOT NULL,
      "envelope" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "early_events_order" ON "notifications"."early_events" ("order_id", "seq")`);
    await q.query(`CREATE INDEX "early_events_received" ON "notifications"."early_events" ("received_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."early_events"`);
  }
}
