import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operators' manual money actions (force release, force refund, correcting entry, claw-back), each proposed by
 * one admin and decided by another (never the proposer: CHECK), and the claw-back requests disputes sends when a
 * dispute ends in a refund after the money was released.
 */
export class ManualActions1795890300000 implements MigrationInterface {
  name = 'ManualActions1795890300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "escrow"."manual_actions" (
      "id" uuid PRIMARY KEY,
      "escrow_id" uuid NOT NULL REFERENCES "escrow"."escrows" ("id"),
      "order_id" uuid NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('FORCE_RELEASE', 'FORCE_REFUND', 'CORRECTING_ENTRY', 'CLAWBACK')),
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "reason" text NOT NULL CHECK (char_length("reason") BETWEEN 1 AND 1000),
      "postings" jsonb,
      "dispute_id" uuid,
      "status" text NOT NULL CHECK ("status" IN ('PROPOSED', 'APPROVED', 'REJECTED')),
      "proposed_by" uuid NOT NULL,
      "proposed_at" timestamptz NOT NULL,
      "decided_by" uuid,
      "decided_at" timestamptz,
      "note" text CHECK ("note" IS NULL OR char_length("note") BETWEEN 1 AND 1000),
      CONSTRAINT "manual_actions_four_eyes" CHECK ("decided_by" IS NULL OR "decided_by" <> "proposed_by"),
      CONSTRAINT "manual_actions_decided" CHECK (("status" = 'PROPOSED') = ("decided_by" IS NULL AND "decided_at" IS NULL)),
      CONSTRAINT "manual_actions_postings" CHECK (("kind" = 'CORRECTING_ENTRY') = ("postings" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "manual_actions_escrow_idx" ON "escrow"."manual_actions" ("escrow_id", "proposed_at")`);
    await q.query(`CREATE INDEX "manual_actions_proposed_idx" ON "escrow"."manual_actions" ("proposed_at") WHERE "status" = 'PROPOSED'`);

    await q.query(`CREATE TABLE "escrow"."clawback_requests" (
      "id" uuid PRIMARY KEY,
      "order_id" uuid NOT NULL,
      "escrow_id" uuid NOT NULL REFERENCES "escrow"."escrows" ("id"),
      "dispute_id" uuid NOT NULL,
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "status" text NOT NULL CHECK ("status" IN ('OPEN', 'PROPOSED', 'DONE')),
      "action_id" uuid REFERENCES "escrow"."manual_actions" ("id"),
      "requested_at" timestamptz NOT NULL,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "clawback_requests_dispute_idx" ON "escrow"."clawback_requests" ("order_id", "dispute_id")`);
    await q.query(`CREATE INDEX "clawback_requests_open_idx" ON "escrow"."clawback_requests" ("created_at") WHERE "status" <> 'DONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "escrow"."clawback_requests"`);
    await q.query(`DROP TABLE "escrow"."manual_actions"`);
  }
}
