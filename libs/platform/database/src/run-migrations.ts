import type { DataSource, Migration } from 'typeorm';

/**
 * Runs a service's pending migrations under a PostgreSQL advisory lock, so replicas or parallel test workers
 * starting together never run the same migration twice. Returns the names of the migrations applied.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const schema = String(dataSource.options.type === 'postgres' ? dataSource.options.schema : 'public');
  const lockKey = `tc-migrations:${schema}`;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    const applied: Migration[] = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    await runner.release();
  }
}

/** The migration naming rule: `<epoch-ms>-<PascalCaseName>.ts`, class `<PascalCaseName><epoch-ms>`. */
export const MIGRATION_FILE_NAME = /^(\d{13})-([A-Z][A-Za-z0-9]+)\.ts$/;

