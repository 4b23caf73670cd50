import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's partner registry (partners, their credentials as hashes or sealed secrets, payment partner ↔
 * marketplace bindings), its operators, and the Ed25519 keys operator tokens are signed with (private keys
 * sealed under the platform key).
 */
export class PartnerRegistry1795877216533 implements MigrationInterface {
  name = 'PartnerRegistry1795877216533';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "console"."partners" (
      "id" uuid PRIMARY KEY,
      "kind" text NOT NULL CHECK ("kind" IN ('MARKETPLACE', 'COURIER', 'PAYMENT_PARTNER')),
      "name" text NOT NULL CHECK (char_length("name") BETWEEN 1 AND 200),
      "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'DISABLED')),
      "revision" integer NOT NULL CHECK ("revision" >= 1),
      "settings" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "partners_kind_created_idx" ON "console"."partners" ("kind", "created_at")`);
    await q.query(`CREATE TABLE "console"."partner_credentials" (
      "id" text PRIMARY KEY,
      "partner_id" uuid NOT NULL REFERENCES "console"."partners" ("id"),
      "type" text NOT NULL CHECK ("type" IN ('API_KEY', 'WEBHOOK_SECRET')),
      "sha256" text,
      "ciphertext" text,
      "enc_key_id" text,
      "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'REVOKED')),
      "created_at" timestamptz NOT NULL,
      "expires_at" timestamptz,
      "revoked_at" timestamptz,
      CHECK (("type" = 'API_KEY' AND "sha256" IS NOT NULL AND "ciphertext" IS NULL)
          OR ("type" = 'WEBHOOK_SECRET' AND "ciphertext" IS NOT NULL AND "enc_key_id" IS NOT NULL AND "sha256" IS NULL))
    )`);
    await q.query(`CREATE INDEX "partner_credentials_partner_idx" ON "console"."partner_credentials" ("partner_id", "created_at")`);
    await q.query(`CREATE TABLE "console"."partner_marketplaces" (
      "payment_partner_id" uuid NOT NULL REFERENCES "console"."partners" ("id"),
      "marketplace_id" uuid NOT NULL REFERENCES "console"."partners" ("id"),
      "created_at" timestamptz NOT NULL,
      PRIMARY KEY ("payment_partner_id", "marketplace_id")
    )`);
    await q.query(`CREATE TABLE "console"."operators" (
      "id" uuid PRIMARY KEY,
      "name" text NOT NULL CHECK (char_length("name") BETWEEN 1 AND 100),
      "role" text NOT NULL CHECK ("role" IN ('viewer', 'mediator', 'admin')),
      "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'DISABLED')),
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "operators_name_key" ON "console"."operators" (lower("name"))`);
    await q.query(`CREATE TABLE "console"."signing_keys" (
      "kid" text PRIMARY KEY,
      "public_jwk" jsonb NOT NULL,
      "private_key_sealed" text NOT NULL,
      "enc_key_id" text NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'RETIRED', 'REVOKED')),
      "created_at" timestamptz NOT NULL,
      "retired_at" timestamptz,
      "not_after" timestamptz
    )`);
    // At most one key signs at a time.
    await q.query(`CREATE UNIQUE INDEX "signing_keys_one_active" ON "console"."signing_keys" ((true)) WHERE "status" = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['signing_keys', 'operators', 'partner_marketplaces', 'partner_credentials', 'partners']) {
      await q.query(`DROP TABLE IF EXISTS "console"."${table}"`);
    }
  }
}
