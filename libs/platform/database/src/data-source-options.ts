import { SERVICES, serviceDbRole, type ServiceName } from '@trustcircle/contracts';
import type { ServiceEnv } from '@trustcircle/config';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { RedactingQueryLogger } from './redacting-query-logger';

/** What a service contributes to its data source. */
export interface ServiceDataSourceSpec {
  service: ServiceName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** The database part of a service's configuration. */
export type DatabaseEnv = Pick<ServiceEnv, 'NODE_ENV' | 'DB_HOST' | 'DB_PORT' | 'DB_NAME' | 'DB_USER' | 'DB_PASSWORD' | 'DB_POOL_MAX'>;

/**
 * TypeORM options for one service: its own role, its own schema (and search_path), a capped pool, and never
 * `synchronize`: the schema changes only through migrations.
 */
export function serviceDataSourceOptions(spec: ServiceDataSourceSpec, env: DatabaseEnv): DataSourceOptions {
  assertDatabaseAllowed(env);
  const schema = SERVICES[spec.service].schema;
  return {
    type: 'postgres',
    host: env.DB_HOST,
    port: env.DB_PORT,
    database: env.DB_NAME,
    username: env.DB_USER ?? serviceDbRole(spec.service),
    password: env.DB_PASSWORD,
    schema,
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // Failed queries without their parameters (they carry phone numbers and sealed values).
    logger: new RedactingQueryLogger(),
    applicationName: `trustcircle-${spec.service}`,
    extra: {
      max: env.DB_POOL_MAX,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 5_000,
      // Every statement is bounded; a stuck query must not hold a consumer forever.
      statement_timeout: 30_000,
      options: `-c search_path=${schema}`,
    },
  };
}

/** Tests refuse a database whose name lacks "test", so they can never touch a real one. */
export function assertDatabaseAllowed(env: Pick<ServiceEnv, 'NODE_ENV' | 'DB_NAME'>): void {
  if (env.NODE_ENV === 'test' && !/test/i.test(env.DB_NAME)) {
    throw new Error(`Refusing to use database "${env.DB_NAME}" under NODE_ENV=test: its name must contain "test".`);
  }
}
