import type { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = (table: string): string[] => [
  `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "disputes"."${table}"
     FOR EACH ROW EXECUTE FUNCTION "disputes"."append_only"()`,
];

/**
 * The dispute's lifecycle: what escrow answered to the hold, the deadline running now, escalation, the money
 * outcome and who decided it, the vulnerable-consumer flag's status; the append-only trail of messages and
 * evidence; and the merchant's offers.
 */
export class DisputeLifecycle1795892300000 implements MigrationInterface {
  name = 'DisputeLifecycle1795892300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "disputes"."disputes"
      ADD COLUMN "money_held" boolean,
      ADD COLUMN "hold_refusal_reason" text,
      ADD COLUMN "current_deadline" text CHECK ("current_deadline" IN ('MERCHANT_RESPONSE', 'BUYER_ESCALATION', 'BUYER_OFFER_RESPONSE', 'MEDIATOR_DECISION', 'RETURN_SHIPMENT')),
      ADD COLUMN "current_due_at" timestamptz,
      ADD COLUMN "merchant_responded_at" timestamptz,
      ADD COLUMN "merchant_action" text CHECK ("merchant_action" IN ('ACCEPT', 'REJECT', 'OFFER_PARTIAL')),
      ADD COLUMN "merchant_on_time" boolean,
      ADD COLUMN "escalated_at" timestamptz,
      ADD COLUMN "escalated_by" text CHECK ("escalated_by" IN ('BUYER', 'OFFER_DEADLINE')),
      ADD COLUMN "mediator_due_at" timestamptz,
      ADD COLUMN "mediator_breached_at" timestamptz,
      ADD COLUMN "vulnerable_status" text NOT NULL DEFAULT 'NONE' CHECK ("vulnerable_status" IN ('NONE', 'DECLARED', 'CONFIRMED', 'REMOVED')),
      ADD COLUMN "outcome" text CHECK ("outcome" IN ('REFUND_FULL', 'REFUND_PARTIAL', 'RELEASE_TO_SELLER', 'RETURN_AND_REFUND')),
      ADD COLUMN "refund_amount" bigint CHECK ("refund_amount" >= 0),
      ADD COLUMN "resolved_by" text CHECK ("resolved_by" IN ('MERCHANT_ACCEPTED', 'OFFER_ACCEPTED', 'MEDIATOR_DECISION', 'DEFAULT_JUDGMENT', 'BUYER_DID_NOT_ESCALATE')),
      ADD COLUMN "decided_by" uuid,
      ADD COLUMN "decision_reason" text,
      ADD COLUMN "resolved_at" timestamptz,
      ADD COLUMN "finished_at" timestamptz,
      ADD CONSTRAINT "disputes_refund_within_total" CHECK ("refund_amount" IS NULL OR "refund_amount" <= "order_total"),
      ADD CONSTRAINT "disputes_outcome_has_amount" CHECK (("outcome" IS NULL) = ("refund_amount" IS NULL))`);
    await q.query(`UPDATE "disputes"."disputes" SET "current_deadline" = 'MERCHANT_RESPONSE', "current_due_at" = "merchant_response_due_at",
      "vulnerable_status" = CASE WHEN "vulnerable" THEN 'DECLARED' ELSE 'NONE' END WHERE "state" = 'AWAITING_MERCHANT'`);
    await q.query(`CREATE INDEX "disputes_queue" ON "disputes"."disputes" ("vulnerable" DESC, "mediator_due_at") WHERE "state" = 'ESCALATED'`);
    await q.query(`CREATE INDEX "disputes_marketplace_opened" ON "disputes"."disputes" ("marketplace_id", "opened_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "disputes_opened" ON "disputes"."disputes" ("opened_at")`);

    await q.query(`CREATE FUNCTION "disputes"."append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);

    await q.query(`CREATE TABLE "disputes"."dispute_messages" (
      "id" uuid PRIMARY KEY,
      "seq" bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      "dispute_id" uuid NOT NULL REFERENCES "disputes"."disputes" ("id"),
      "author_role" text NOT NULL CHECK ("author_role" IN ('BUYER', 'MERCHANT', 'MEDIATOR', 'SYSTEM')),
      "author_id" text,
      "kind" text NOT NULL,
      "body" text CHECK (char_length("body") <= 5000),
      "amount" bigint CHECK ("amount" >= 0),
      "created_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "dispute_messages_dispute" ON "disputes"."dispute_messages" ("dispute_id", "seq")`);
    for (const s of APPEND_ONLY('dispute_messages')) await q.query(s);

    await q.query(`CREATE TABLE "disputes"."dispute_evidence" (
      "id" uuid PRIMARY KEY,
      "seq" bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      "dispute_id" uuid NOT NULL REFERENCES "disputes"."disputes" ("id"),
      "message_id" uuid REFERENCES "disputes"."dispute_messages" ("id"),
      "submitted_by_role" text NOT NULL CHECK ("submitted_by_role" IN ('BUYER', 'MERCHANT', 'MEDIATOR', 'SYSTEM')),
      "kind" text NOT NULL CHECK ("kind" IN ('FILE', 'LINK')),
      "file_id" uuid REFERENCES "disputes"."evidence_files" ("id"),
      "url" text CHECK (char_length("url") <= 2000),
      "description" text CHECK (char_length("description") <= 500),
      "created_at" timestamptz NOT NULL,
      CHECK (("kind" = 'FILE') = ("file_id" IS NOT NULL) AND ("kind" = 'LINK') = ("url" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "dispute_evidence_dispute" ON "disputes"."dispute_evidence" ("dispute_id", "seq")`);
    await q.query(`CREATE UNIQUE INDEX "dispute_evidence_file_once" ON "disputes"."dispute_evidence" ("dispute_id", "file_id") WHERE "file_id" IS NOT NULL`);
    for (const s of APPEND_ONLY('dispute_evidence')) await q.query(s);

    await q.query(`CREATE TABLE "disputes"."dispute_offers" (
      "id" uuid PRIMARY KEY,
      "dispute_id" uuid NOT NULL REFERENCES "disputes"."disputes" ("id"),
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "state" text NOT NULL CHECK ("state" IN ('PENDING', 'ACCEPTED', 'DECLINED', 'LAPSED', 'WITHDRAWN')),
      "made_at" timestamptz NOT NULL,
      "buyer_due_at" timestamptz NOT NULL,
      "answered_at" timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX "dispute_offers_one_pending" ON "disputes"."dispute_offers" ("dispute_id") WHERE "state" = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "disputes"."dispute_offers"`);
    await q.query(`DROP TABLE "disputes"."dispute_evidence"`);
    await q.query(`DROP TABLE "disputes"."dispute_messages"`);
    await q.query(`DROP FUNCTION "disputes"."append_only"()`);
    await q.query(`DROP INDEX "disputes"."disputes_opened"`);
    await q.query(`DROP INDEX "disputes"."disputes_marketplace_opened"`);
    await q.query(`DROP INDEX "disputes"."disputes_queue"`);
    await q.query(`ALTER TABLE "disputes"."disputes" DROP CONSTRAINT "disputes_outcome_has_amount", DROP CONSTRAINT "disputes_refund_within_total",
      DROP COLUMN "money_held", DROP COLUMN "hold_refusal_reason", DROP COLUMN "current_deadline", DROP COLUMN "current_due_at",
      DROP COLUMN "merchant_responded_at", DROP COLUMN "merchant_action", DROP COLUMN "merchant_on_time", DROP COLUMN "escalated_at",
      DROP COLUMN "escalated_by", DROP COLUMN "mediator_due_at", DROP COLUMN "mediator_breached_at", DROP COLUMN "vulnerable_status",
      DROP COLUMN "outcome", DROP COLUMN "refund_amount", DROP COLUMN "resolved_by", DROP COLUMN "decided_by", DROP COLUMN "decision_reason",
      DROP COLUMN "resolved_at", DROP COLUMN "finished_at"`);
  }
}
