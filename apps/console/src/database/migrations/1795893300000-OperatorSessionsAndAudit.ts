import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operator sign-in and accountability: each operator's credentials (an argon2id password hash, a TOTP secret
 * sealed under the platform key, the last TOTP time-step used), sessions and their refresh tokens (SHA-256
 * hashes only; a rotated one is kept to recognise its reuse), and the audit log, append-only: UPDATE, DELETE and
 * TRUNCATE raise.
 */
export class OperatorSessionsAndAudit1795893300000 implements MigrationInterface {
  name = 'OperatorSessionsAndAudit1795893300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "console"."operator_credentials" (
      "operator_id" uuid PRIMARY KEY REFERENCES "console"."operators" ("id"),
      "password_hash" text NOT NULL CHECK ("password_hash" LIKE '$argon2id$%'),
      "totp_secret_sealed" text NOT NULL,
      "totp_enc_key_id" text NOT NULL,
      "totp_last_step" bigint NOT NULL DEFAULT 0 CHECK ("totp_last_step" >= 0),
      "enrolled_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE "console"."operator_sessions" (
      "id" uuid PRIMARY KEY,
      "operator_id" uuid NOT NULL REFERENCES "console"."operators" ("id"),
      "created_at" timestamptz NOT NULL,
      "last_used_at" timestamptz NOT NULL,
      "expires_at" timestamptz NOT NULL CHECK ("expires_at" > "created_at"),
      "revoked_at" timestamptz,
      "revoked_reason" text CHECK ("revoked_reason" IN ('SIGNED_OUT', 'REVOKED_BY_ADMIN', 'REFRESH_TOKEN_REUSED', 'CREDENTIALS_RESET')),
      "ip" text,
      "user_agent" text,
      CHECK (("revoked_at" IS NULL) = ("revoked_reason" IS NULL))
    )`);
    await q.query(`CREATE INDEX "operator_sessions_live_idx" ON "console"."operator_sessions" ("operator_id") WHERE "revoked_at" IS NULL`);
    await q.query(`CREATE TABLE "console"."operator_refresh_tokens" (
      "token_hash" text PRIMARY KEY CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
      "session_id" uuid NOT NULL REFERENCES "console"."operator_sessions" ("id"),
      "issued_at" timestamptz NOT NULL,
      "rotated_at" timestamptz
    )`);
    // One current (unrotated) refresh token per session.
    await q.query(`CREATE UNIQUE INDEX "operator_refresh_tokens_current" ON "console"."operator_refresh_tokens" ("session_id") WHERE "rotated_at" IS NULL`);

    await q.query(`CREATE TABLE "console"."audit_log" (
      "seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "id" uuid NOT NULL UNIQUE,
      "at" timestamptz NOT NULL,
      "actor_type" text NOT NULL CHECK ("actor_type" IN ('OPERATOR', 'CLI', 'ANONYMOUS')),
      "actor_name" text,
      "operator_id" uuid,
      "operator_role" text CHECK ("operator_role" IN ('viewer', 'mediator', 'admin')),
      "action" text NOT NULL CHECK ("action" ~ '^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$'),
      "outcome" text NOT NULL CHECK ("outcome" IN ('SUCCEEDED', 'FAILED')),
      "target_type" text,
      "target_id" text,
      "detail" jsonb NOT NULL DEFAULT '{}',
      "ip" text,
      "user_agent" text,
      "correlation_id" text,
      CHECK (("actor_type" = 'OPERATOR') = ("operator_id" IS NOT NULL)),
      CHECK (("target_type" IS NULL) = ("target_id" IS NULL))
    )`);
    await q.query(`CREATE INDEX "audit_log_at_idx" ON "console"."audit_log" ("at")`);
    await q.query(`CREATE INDEX "audit_log_operator_idx" ON "console"."audit_log" ("operator_id", "seq") WHERE "operator_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "audit_log_action_idx" ON "console"."audit_log" ("action", "seq")`);
    await q.query(`CREATE INDEX "audit_log_target_idx" ON "console"."audit_log" ("target_id", "seq") WHERE "target_id" IS NOT NULL`);
    // Append-only: any UPDATE, DELETE or TRUNCATE raises.
    await q.query(`CREATE FUNCTION "console"."audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`CREATE TRIGGER "audit_log_immutable" BEFORE UPDATE OR DELETE ON "console"."audit_log" FOR EACH ROW EXECUTE FUNCTION "console"."audit_log_refuse_change"()`);
    await q.query(`CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "console"."audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "console"."audit_log_refuse_change"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "console"."audit_log"`);
    await q.query(`DROP FUNCTION IF EXISTS "console"."audit_log_refuse_change"()`);
    for (const table of ['operator_refresh_tokens', 'operator_sessions', 'operator_credentials']) await q.query(`DROP TABLE IF EXISTS "console"."${table}"`);
  }
}
