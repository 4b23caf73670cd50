import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only tables of the dispute trail, and the trigger function each one's row triggers already use. */
const APPEND_ONLY: ReadonlyArray<readonly [table: string, fn: string]> = [
  ['evidence_files', 'evidence_files_append_only'],
  ['dispute_messages', 'append_only'],
  ['dispute_evidence', 'append_only'],
  ['evidence_uploads', 'append_only'],
  ['courier_checkpoints', 'append_only'],
];

/**
 * Row triggers refuse UPDATE and DELETE on the dispute trail, but TRUNCATE fires no row trigger: a statement
 * trigger on each table refuses it too, so the trail cannot be emptied in one statement either.
 */
export class AppendOnlyTruncate1795892700000 implements MigrationInterface {
  name = 'AppendOnlyTruncate1795892700000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, fn] of APPEND_ONLY) {
      await q.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "disputes"."${table}" FOR EACH STATEMENT EXECUTE FUNCTION "disputes"."${fn}"()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of APPEND_ONLY) await q.query(`DROP TRIGGER "${table}_no_truncate" ON "disputes"."${table}"`);
  }
}
