/**
 * Runs services' pending migrations, each as its own role in its own schema, under an advisory lock.
 *   node -r @swc-node/register tools/db/migrate.ts [service ...]      (all services when none is named)
 * Reads DB_HOST, DB_PORT, DB_NAME and DB_PASSWORD from the environment.
 */
import 'reflect-metadata';
import { SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { type DatabaseEnv, runMigrationsLocked, serviceDataSourceOptions } from '@trustcircle/database';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations-registry';

/** Migrates the named services (all by default). Returns the migrations applied per service. */
export async function migrate(env: DatabaseEnv, services: readonly ServiceName[] = SERVICE_NAMES): Promise<Record<string, string[]>> {
  const applied: Record<string, string[]> = {};
  await Promise.all(
    services.map(async (service) => {
      const ds = new DataSource({ ...serviceDataSourceOptions({ service, entities: [], migrations: MIGRATIONS[service] }, { ...env, DB_POOL_MAX: 2 }) });
      await ds.initialize();
      try {
        applied[service] = await runMigrationsLocked(ds);
      } finally {
        await ds.destroy();
      }
    }),
  );
  return applied;
}

export function databaseEnvFromProcess(env: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  return {
    NODE_ENV: (env.NODE_ENV as DatabaseEnv['NODE_ENV']) ?? 'development',
    DB_HOST: env.DB_HOST ?? '127.0.0.1',
    DB_PORT: Number(env.DB_PORT ?? 5432),
    DB_NAME: env.DB_NAME ?? 'trustcircle',
    DB_PASSWORD: env.DB_PASSWORD ?? 'trustcircle-local',
    DB_POOL_MAX: 2,
    ...(env.DB_USER ? { DB_USER: env.DB_USER } : {}),
  };
}

if (require.main === module) {
  const names = process.argv.slice(2) as ServiceName[];
  const unknown = names.filter((n) => !SERVICE_NAMES.includes(n));
  if (unknown.length > 0) {
    console.error(`unknown service(s): ${unknown.join(', ')}; known: ${SERVICE_NAMES.join(', ')}`);
    process.exit(2);
  }
  migrate(databaseEnvFromProcess(), names.length > 0 ? names : SERVICE_NAMES)
    .then((applied) => {
      for (const [svc, list] of Object.entries(applied)) console.log(`${svc}: ${list.length ? list.join(', ') : 'up to date'}`);
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
