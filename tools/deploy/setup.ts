/**
 * The one-shot setup job of a deployment (docker-compose's `setup` service, the Kubernetes migration Job):
 *
 *   node dist/tools/deploy/setup.js          (in the `setup` image; from the sources: node -r @swc-node/register tools/deploy/setup.ts)
 *
 * 1. Provisions PostgreSQL as the admin user: the database, one role `tc_<schema>` per service (its password is
 *    DB_PASSWORD, set again on every run) and one schema each (libs/platform/devstack/src/postgres.ts).
 * 2. Runs every service's pending migrations, each as its own role (tools/db/migrate.ts).
 * 3. Unless SETUP_TOPICS=false (where topics are managed elsewhere, e.g. Strimzi KafkaTopic resources), creates
 *    every declared Kafka topic that is missing (libs/contracts topics, `ensureTopics`).
 *
 * Every step is idempotent and takes advisory locks, so it runs on every deploy, even twice at once. The
 * configuration is validated first (class-validator, like the services'); a problem exits 2, a failed step 1,
 * with a message naming variables and steps, never a value.
 */
import 'reflect-metadata';
import { ArrayMinSize, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { Kafka, logLevel } from 'kafkajs';
import { SERVICE_NAMES, allTopicDeclarations } from '@trustcircle/contracts';
import { ConfigError, type EnvSource, NODE_ENVS, ToBool, ToInt, ToList, loadConfig } from '@trustcircle/config';
import { provisionPostgres } from '@trustcircle/devstack';
import { ensureTopics } from '@trustcircle/messaging';
import { migrate } from '../db/migrate';

/** The setup job's variables. Not a service's: `.env.example` does not list them. */
export class SetupEnv {
  /** `test` refuses a database whose name lacks "test" (as the services do). */
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'production';

  /** PostgreSQL host. */
  @IsString() @IsNotEmpty()
  DB_HOST = '127.0.0.1';

  /** PostgreSQL port. */
  @ToInt() @IsInt() @Min(1) @Max(65535)
  DB_PORT = 5432;

  /** The platform's database, created when missing: lower-case letters, digits and underscores. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DB_NAME must be lower-case letters, digits and underscores (a PostgreSQL identifier)' })
  DB_NAME!: string;

  /** The password of every service role (the services' DB_PASSWORD). A secret: never logged. */
  @IsString() @MinLength(8)
  DB_PASSWORD!: string;

  /** The admin user that creates the database and roles. */
  @IsString() @IsNotEmpty()
  DB_ADMIN_USER = 'postgres';

  /** Its password; unset, PGPASSWORD, ~/.pgpass or trust authentication apply. A secret: never logged. */
  @IsOptional() @IsString() @IsNotEmpty()
  DB_ADMIN_PASSWORD?: string;

  /** Create the Kafka topics (`false` where something else manages them). */
  @ToBool() @IsBoolean()
  SETUP_TOPICS = true;

  /** Kafka bootstrap brokers, comma-separated host:port (required unless SETUP_TOPICS=false). */
  @ValidateIf((e: SetupEnv) => e.SETUP_TOPICS === true)
  @ToList() @ArrayMinSize(1, { message: 'KAFKA_BROKERS is required unless SETUP_TOPICS=false' }) @Matches(/^[\w.-]+:\d+$/, { each: true })
  KAFKA_BROKERS: string[] = [];

  /** Replication factor of the topics it creates (1 for a single broker). */
  @ToInt() @IsInt() @Min(1) @Max(7)
  SETUP_TOPIC_REPLICATION_FACTOR = 1;
}

/** Validates `env` for the setup job. Throws {@link ConfigError} listing every problem (names, never values). */
export function loadSetupConfig(env: EnvSource): SetupEnv {
  return loadConfig(SetupEnv, env, 'setup');
}

/** What {@link runSetup} did. */
export interface SetupResult {
  /** Migrations applied per service (empty when up to date). */
  migrations: Record<string, string[]>;
  /** Topics created and already there; undefined when SETUP_TOPICS=false. */
  topics?: { created: string[]; existing: string[] };
}

/** Runs the three steps (see the file comment); `log` receives one line per step. A failure names its step. */
export async function runSetup(config: SetupEnv, log: (line: string) => void = () => undefined): Promise<SetupResult> {
  await step('provision PostgreSQL', () =>
    provisionPostgres(
      { host: config.DB_HOST, port: config.DB_PORT, adminUser: config.DB_ADMIN_USER, database: config.DB_NAME, ...(config.DB_ADMIN_PASSWORD ? { adminPassword: config.DB_ADMIN_PASSWORD } : {}) },
      config.DB_PASSWORD,
    ),
  );
  log(`PostgreSQL ${config.DB_HOST}:${config.DB_PORT}/${config.DB_NAME}: database, ${SERVICE_NAMES.length} roles and schemas in place`);

  const migrations = await step('migrate', () =>
    migrate({ NODE_ENV: config.NODE_ENV, DB_HOST: config.DB_HOST, DB_PORT: config.DB_PORT, DB_NAME: config.DB_NAME, DB_PASSWORD: config.DB_PASSWORD, DB_POOL_MAX: 2 }),
  );
  for (const service of SERVICE_NAMES) log(`migrations ${service}: ${migrations[service]?.length ? migrations[service].join(', ') : 'up to date'}`);

  if (!config.SETUP_TOPICS) {
    log('topics: skipped (SETUP_TOPICS=false)');
    return { migrations };
  }
  const topics = await step('create Kafka topics', async () => {
    const admin = new Kafka({ clientId: 'trustcircle-setup', brokers: config.KAFKA_BROKERS, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      return await ensureTopics(admin, allTopicDeclarations(SERVICE_NAMES), config.SETUP_TOPIC_REPLICATION_FACTOR);
    } finally {
      await admin.disconnect();
    }
  });
  log(`topics: ${topics.created.length} created, ${topics.existing.length} already there`);
  return { migrations, topics: { created: topics.created, existing: topics.existing } };
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new Error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** The job: validates the environment, runs the steps, exits 0, 1 (a step failed) or 2 (bad configuration). */
export async function main(env: EnvSource = process.env): Promise<number> {
  const t0 = Date.now();
  const log = (line: string): void => console.log(`[setup] ${line}`);
  let config: SetupEnv;
  try {
    config = loadSetupConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`[setup] invalid configuration (see tools/deploy/setup.ts):\n${e.problems.map((p) => `  - ${p.variable}: ${p.problems.join('; ')}`).join('\n')}`);
    return 2;
  }
  try {
    await runSetup(config, log);
  } catch (e) {
    console.error(`[setup] ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  log(`done in ${Date.now() - t0} ms`);
  return 0;
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
