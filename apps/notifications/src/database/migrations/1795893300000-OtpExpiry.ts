import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time codes go through the delivery pipeline: `expires_at` (null for every other message) is when the message
 * stops being worth sending; the dispatcher fails a row past it instead of sending it (a code never reaches the buyer
 * after it expired, whatever the retry schedule says).
 */
export class OtpExpiry1795893300000 implements MigrationInterface {
  name = 'OtpExpiry1795893300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications"."notifications" ADD COLUMN "expires_at" timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications"."notifications" DROP COLUMN "expires_at"`);
  }
}
