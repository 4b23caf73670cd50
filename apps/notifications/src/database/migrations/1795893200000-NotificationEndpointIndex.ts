import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A webhook endpoint's deliveries, newest first: the deliveries listing and the replay read them by endpoint. */
export class NotificationEndpointIndex1795893200000 implements MigrationInterface {
  name = 'NotificationEndpointIndex1795893200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "notifications_endpoint" ON "notifications"."notifications" ("endpoint_id", "seq") WHERE "endpoint_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "notifications"."notifications_endpoint"`);
  }
}
