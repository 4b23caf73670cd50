/**
 * The partner directory tables every partner-facing service keeps in its own schema: its copy of the console's
 * partner registry, learned from the compacted `partners.directory.v1` topic.
 * - `partner_directory`: one row per partner, the latest `partners.partner-upserted` (only a higher `version`,
 *   the event's `revision`, overwrites). API keys as hashes, webhook secrets sealed: never a secret in clear.
 * - `operator_signing_keys`: the public keys operator tokens are signed with (`partners.operator-signing-key-published`).
 *
 * WARNING: migrations are immutable, so this function never changes. A later change is a new
 * `partnerDirectoryTablesV2` that a new migration calls.
 */
export function partnerDirectoryTablesV1(schema: string): string[] {
  assertSafeSchema(schema);
  return [
    `CREATE TABLE "${schema}"."partner_directory" (
      "partner_id" uuid PRIMARY KEY,
      "kind" text NOT NULL CHECK ("kind" IN ('MARKETPLACE', 'COURIER', 'PAYMENT_PARTNER')),
      "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'DISABLED')),
      "name" text NOT NULL,
      "version" integer NOT NULL CHECK ("version" >= 1),
      "api_keys" jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof("api_keys") = 'array'),
      "webhook_secrets" jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof("webhook_secrets") = 'array'),
      "marketplace_ids" uuid[] NOT NULL DEFAULT '{}',
      "settings" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "updated_at" timestamptz NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now()
    )`,
    // Finds the partner of a presented API key by its public key id: api_keys @> '[{"keyId": "…"}]'.
    `CREATE INDEX "partner_directory_api_keys_idx" ON "${schema}"."partner_directory" USING gin ("api_keys" jsonb_path_ops)`,
    `CREATE TABLE "${schema}"."operator_signing_keys" (
      "kid" text PRIMARY KEY,
      "alg" text NOT NULL DEFAULT 'EdDSA',
      "jwk" jsonb NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'RETIRED', 'REVOKED')),
      "created_at" timestamptz NOT NULL,
      "retired_at" timestamptz,
      "not_after" timestamptz,
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`,
  ];
}

/** Reverses {@link partnerDirectoryTablesV1}. */
export function dropPartnerDirectoryTablesV1(schema: string): string[] {
  assertSafeSchema(schema);
  return [`DROP TABLE IF EXISTS "${schema}"."operator_signing_keys"`, `DROP TABLE IF EXISTS "${schema}"."partner_directory"`];
}

function assertSafeSchema(schema: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name ${schema}`);
}
