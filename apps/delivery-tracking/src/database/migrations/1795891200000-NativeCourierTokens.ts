import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Couriers' native webhook tokens (GHN in the URL path, Viettel Post in the body's TOKEN): SHA-256 hashes only,
 * one current token per courier and format, the previous one valid until its rotation grace ends.
 */
export class NativeCourierTokens1795891200000 implements MigrationInterface {
  name = 'NativeCourierTokens1795891200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "delivery"."courier_native_tokens" (
      "id" uuid PRIMARY KEY,
      "courier_id" uuid NOT NULL,
      "format" text NOT NULL CHECK ("format" IN ('GHN', 'VIETTEL_POST')),
      "token_sha256" text NOT NULL CHECK ("token_sha256" ~ '^[0-9a-f]{64}$'),
      "issued_by" text NOT NULL,
      "issued_at" timestamptz NOT NULL,
      "expires_at" timestamptz,
      CONSTRAINT "courier_native_tokens_hash_uq" UNIQUE ("token_sha256")
    )`);
    // One current (not expiring) token per courier and format; a rotated one carries its grace expiry.
    await q.query(`CREATE UNIQUE INDEX "courier_native_tokens_one_current" ON "delivery"."courier_native_tokens" ("courier_id", "format")
      WHERE "expires_at" IS NULL`);
    await q.query(`CREATE INDEX "courier_native_tokens_lookup_idx" ON "delivery"."courier_native_tokens" ("courier_id", "format", "expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "delivery"."courier_native_tokens"`);
  }
}
