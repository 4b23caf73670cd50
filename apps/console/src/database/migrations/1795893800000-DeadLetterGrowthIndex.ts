import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dead-letter growth: each new dead letter counts its service's dead letters recorded in the current clock hour
 * (`RecordDeadLetterUseCase`). An index on (service, received_at) keeps that count a short range scan however
 * many dead letters the table holds.
 */
export class DeadLetterGrowthIndex1795893800000 implements MigrationInterface {
  name = 'DeadLetterGrowthIndex1795893800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "platform_dead_letters_service_received_idx" ON "console"."platform_dead_letters" ("service", "received_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "console"."platform_dead_letters_service_received_idx"`);
  }
}
