/**
 * The deadlines table a service keeps in its own schema. WARNING: never changes (migrations are immutable);
 * a later change is a `deadlinesTableV2`.
 */
export function deadlinesTableV1(schema: string): string[] {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name ${schema}`);
  return [
    `CREATE TABLE "${schema}"."deadlines" (
      "id" uuid PRIMARY KEY,
      "kind" text NOT NULL,
      "subject_id" text NOT NULL,
      "due_at" timestamptz NOT NULL,
      "payload" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "status" text NOT NULL DEFAULT 'PENDING' CHECK ("status" IN ('PENDING', 'FIRED', 'CANCELLED')),
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "fired_at" timestamptz
    )`,
    // At most one pending deadline of a kind per subject: scheduling again moves it.
    `CREATE UNIQUE INDEX "deadlines_pending_uq" ON "${schema}"."deadlines" ("kind", "subject_id") WHERE "status" = 'PENDING'`,
    `CREATE INDEX "deadlines_due_idx" ON "${schema}"."deadlines" ("due_at") WHERE "status" = 'PENDING'`,
  ];
}

export function dropDeadlinesTableV1(schema: string): string[] {
  return [`DROP TABLE IF EXISTS "${schema}"."deadlines"`];
}
