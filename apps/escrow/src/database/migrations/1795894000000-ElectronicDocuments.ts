import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed electronic documents: the Ed25519 keys that sign them (private keys sealed under the platform key; one
 * ACTIVE at a time, RETIRED keys keep verifying), and the documents themselves, immutable, one per source event,
 * chained per order (or per payment partner for settlement statements) by sequence and previous hash, so a
 * chain can never fork.
 */
export class ElectronicDocuments1795894000000 implements MigrationInterface {
  name = 'ElectronicDocuments1795894000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."document_signing_keys" (
      "kid" text PRIMARY KEY,
      "public_jwk" jsonb NOT NULL,
      "sealed_private_key" text NOT NULL,
      "sealing_key_id" text NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'RETIRED', 'REVOKED')),
      "created_at" timestamptz NOT NULL,
      "retired_at" timestamptz,
      CONSTRAINT "document_signing_keys_retired_at" CHECK (("status" = 'ACTIVE') = ("retired_at" IS NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX "document_signing_keys_one_active" ON "escrow"."document_signing_keys" ("status") WHERE "status" = 'ACTIVE'`);

    await q.query(`CREATE TABLE "escrow"."documents" (
      "id" uuid PRIMARY KEY,
      "number" text NOT NULL UNIQUE,
      "kind" text NOT NULL CHECK ("kind" IN ('RECEIPT', 'STATEMENT', 'DECISION_RECORD')),
      "subject" text NOT NULL CHECK ("subject" IN ('FUNDING', 'RELEASE', 'REFUND', 'PAYOUT', 'COD_REMITTANCE', 'DISPUTE_DECISION', 'PARTNER_SETTLEMENT')),
      "order_id" uuid,
      "marketplace_id" uuid,
      "payment_partner_id" uuid,
      "chain_key" text NOT NULL,
      "sequence" integer NOT NULL CHECK ("sequence" >= 1),
      "source_event_id" uuid NOT NULL,
      "source_event_type" text NOT NULL,
      "content" jsonb NOT NULL,
      "jws" text NOT NULL,
      "sha256" text NOT NULL UNIQUE CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
      "previous_sha256" text CHECK ("previous_sha256" ~ '^[0-9a-f]{64}$'),
      "signing_key_id" text NOT NULL REFERENCES "escrow"."document_signing_keys" ("kid"),
      "issued_at" timestamptz NOT NULL,
      CONSTRAINT "documents_source_event_uq" UNIQUE ("source_event_id"),
      CONSTRAINT "documents_chain_sequence_uq" UNIQUE ("chain_key", "sequence"),
      CONSTRAINT "documents_chain_previous_uq" UNIQUE ("chain_key", "previous_sha256"),
      CONSTRAINT "documents_first_has_no_previous" CHECK (("sequence" = 1) = ("previous_sha256" IS NULL))
    )`);
    await q.query(`CREATE INDEX "documents_order_idx" ON "escrow"."documents" ("order_id", "sequence") WHERE "order_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "documents_partner_idx" ON "escrow"."documents" ("payment_partner_id") WHERE "payment_partner_id" IS NOT NULL`);

    // Issued documents are immutable: any UPDATE, DELETE or TRUNCATE raises.
    await q.query(`CREATE FUNCTION "escrow"."documents_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'issued documents are immutable: % refused', TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`CREATE TRIGGER "documents_immutable" BEFORE UPDATE OR DELETE ON "escrow"."documents" FOR EACH ROW EXECUTE FUNCTION "escrow"."documents_refuse_change"()`);
    await q.query(`CREATE TRIGGER "documents_no_truncate" BEFORE TRUNCATE ON "escrow"."documents" FOR EACH STATEMENT EXECUTE FUNCTION "escrow"."documents_refuse_change"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."documents"`);
    await q.query(`DROP FUNCTION "escrow"."documents_refuse_change"()`);
    await q.query(`DROP TABLE "escrow"."document_signing_keys"`);
  }
}
