import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who uploaded each evidence file (`evidence_uploads`: a buyer for an order, a marketplace, or a mediator, so
 * only its uploader can attach it), and disputes' copy of every order's courier timeline
 * (`courier_checkpoints`, from delivery-tracking's events). Both are append-only.
 */
export class EvidenceUploads1795892400000 implements MigrationInterface {
  name = 'EvidenceUploads1795892400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "disputes"."evidence_uploads" (
      "file_id" uuid PRIMARY KEY REFERENCES "disputes"."evidence_files" ("id"),
      "uploader_role" text NOT NULL CHECK ("uploader_role" IN ('BUYER', 'MERCHANT', 'MEDIATOR')),
      "order_id" uuid,
      "marketplace_id" uuid,
      "operator_id" uuid,
      "file_name" text CHECK (char_length("file_name") BETWEEN 1 AND 200),
      "uploaded_at" timestamptz NOT NULL,
      CONSTRAINT "evidence_uploads_one_owner" CHECK (
        ("uploader_role" = 'BUYER') = ("order_id" IS NOT NULL)
        AND ("uploader_role" = 'MERCHANT') = ("marketplace_id" IS NOT NULL)
        AND ("uploader_role" = 'MEDIATOR') = ("operator_id" IS NOT NULL)
      )
    )`);
    await q.query(`CREATE TRIGGER "evidence_uploads_append_only" BEFORE UPDATE OR DELETE ON "disputes"."evidence_uploads"
      FOR EACH ROW EXECUTE FUNCTION "disputes"."append_only"()`);

    await q.query(`CREATE TABLE "disputes"."courier_checkpoints" (
      "event_id" uuid PRIMARY KEY,
      "seq" bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      "order_id" uuid NOT NULL,
      "shipment_id" uuid NOT NULL,
      "direction" text NOT NULL CHECK ("direction" IN ('OUTBOUND', 'RETURN')),
      "tracking_number" text NOT NULL CHECK (char_length("tracking_number") BETWEEN 1 AND 64),
      "courier_id" uuid NOT NULL,
      "status" text NOT NULL,
      "raw_status" text CHECK (char_length("raw_status") <= 100),
      "occurred_at" timestamptz NOT NULL,
      "location" text CHECK (char_length("location") <= 300),
      "description" text CHECK (char_length("description") <= 500),
      "recorded_at" timestamptz NOT NULL,
      CONSTRAINT "courier_checkpoints_once" UNIQUE ("shipment_id", "status", "occurred_at")
    )`);
    await q.query(`CREATE INDEX "courier_checkpoints_order" ON "disputes"."courier_checkpoints" ("order_id", "occurred_at")`);
    await q.query(`CREATE TRIGGER "courier_checkpoints_append_only" BEFORE UPDATE OR DELETE ON "disputes"."courier_checkpoints"
      FOR EACH ROW EXECUTE FUNCTION "disputes"."append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "disputes"."courier_checkpoints"`);
    await q.query(`DROP TABLE "disputes"."evidence_uploads"`);
  }
}
