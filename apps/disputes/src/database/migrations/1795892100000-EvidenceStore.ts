import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence store on PostgreSQL: each file's bytes are a large object, and `evidence_files` holds its
 * metadata (the detected type, size and SHA-256). The trail is append-only: a trigger refuses any update or
 * delete of a row.
 */
export class EvidenceStore1795892100000 implements MigrationInterface {
  name = 'EvidenceStore1795892100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "disputes"."evidence_files" (
      "id" uuid PRIMARY KEY,
      "oid" oid NOT NULL UNIQUE,
      "sha256" char(64) NOT NULL CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
      "size" bigint NOT NULL CHECK ("size" > 0 AND "size" <= 52428800),
      "content_type" text NOT NULL CHECK ("content_type" IN ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf', 'video/mp4', 'video/quicktime', 'video/webm')),
      "created_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE FUNCTION "disputes"."evidence_files_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'evidence files are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await q.query(`CREATE TRIGGER "evidence_files_append_only" BEFORE UPDATE OR DELETE ON "disputes"."evidence_files"
      FOR EACH ROW EXECUTE FUNCTION "disputes"."evidence_files_append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT lo_unlink("oid") FROM "disputes"."evidence_files"`);
    await q.query(`DROP TABLE "disputes"."evidence_files"`);
    await q.query(`DROP FUNCTION "disputes"."evidence_files_append_only"()`);
  }
}
