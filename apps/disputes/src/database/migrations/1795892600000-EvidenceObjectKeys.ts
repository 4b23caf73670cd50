import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files in an S3-compatible bucket: each `evidence_files` row says where its bytes are (`storage`),
 * either a PostgreSQL large object (`oid`, as before) or an object key (`object_key`), exactly one of the two.
 * Existing rows are `postgres` through the column default. `oid` stays UNIQUE, which allows the NULLs of `s3` rows.
 * Adding columns and constraints fires no row trigger, so the append-only trigger stands as it was.
 */
export class EvidenceObjectKeys1795892600000 implements MigrationInterface {
  name = 'EvidenceObjectKeys1795892600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "disputes"."evidence_files"
      ALTER COLUMN "oid" DROP NOT NULL,
      ADD COLUMN "storage" text NOT NULL DEFAULT 'postgres' CONSTRAINT "evidence_files_storage" CHECK ("storage" IN ('postgres', 's3')),
      ADD COLUMN "object_key" text CONSTRAINT "evidence_files_object_key_key" UNIQUE CONSTRAINT "evidence_files_object_key_length" CHECK (char_length("object_key") BETWEEN 1 AND 1024),
      ADD CONSTRAINT "evidence_files_one_location" CHECK (
        CASE "storage"
          WHEN 'postgres' THEN "oid" IS NOT NULL AND "object_key" IS NULL
          WHEN 's3' THEN "object_key" IS NOT NULL AND "oid" IS NULL
        END
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "disputes"."evidence_files" WHERE "storage" <> 'postgres') THEN
          RAISE EXCEPTION 'evidence files are stored in S3: reverting would lose where they are';
        END IF;
      END
    $$`);
    await q.query(`ALTER TABLE "disputes"."evidence_files"
      DROP CONSTRAINT "evidence_files_one_location",
      DROP COLUMN "object_key",
      DROP COLUMN "storage",
      ALTER COLUMN "oid" SET NOT NULL`);
  }
}
