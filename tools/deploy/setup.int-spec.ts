/**
 * The setup job (tools/deploy/setup.ts) against the real PostgreSQL and Kafka: it provisions a database of its
 * own, migrates every service, finds every topic, and a second run changes nothing. The roles are the cluster's
 * (shared with the test database), so the job is given the test run's role password and leaves it as it was.
 */
import { randomUUID } from 'node:crypto';
import { SERVICE_NAMES, SERVICES, allTopicDeclarations, serviceDbRole } from '@trustcircle/contracts';
import { Client } from 'pg';
import { MIGRATIONS } from '../db/migrations-registry';
import { loadSetupConfig, main, runSetup } from './setup';

const database = `tc_setup_${randomUUID().slice(0, 8)}_test`;
const env = {
  NODE_ENV: 'test',
  DB_HOST: process.env.DB_HOST ?? '127.0.0.1',
  DB_PORT: process.env.DB_PORT ?? '5432',
  DB_NAME: database,
  DB_PASSWORD: process.env.DB_PASSWORD ?? '',
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
  ...(process.env.DB_ADMIN_USER ? { DB_ADMIN_USER: process.env.DB_ADMIN_USER } : {}),
  ...(process.env.DB_ADMIN_PASSWORD ? { DB_ADMIN_PASSWORD: process.env.DB_ADMIN_PASSWORD } : {}),
};

async function admin<T>(db: string, run: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ host: env.DB_HOST, port: Number(env.DB_PORT), user: process.env.DB_ADMIN_USER ?? 'postgres', password: process.env.DB_ADMIN_PASSWORD, database: db });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

describe('the setup job', () => {
  afterAll(() => admin('postgres', (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)));

  it('provisions the database, a role-owned schema per service, every migration and every topic', async () => {
    const lines: string[] = [];
    const result = await runSetup(loadSetupConfig(env), (l) => lines.push(l));

    for (const service of SERVICE_NAMES) expect(result.migrations[service]).toHaveLength(MIGRATIONS[service].length);
    const schemas = await admin(database, async (c) => (await c.query(`SELECT nspname AS "schema", pg_get_userbyid(nspowner) AS "owner" FROM pg_namespace`)).rows as Array<{ schema: string; owner: string }>);
    for (const service of SERVICE_NAMES) expect(schemas).toContainEqual({ schema: SERVICES[service].schema, owner: serviceDbRole(service) });
    const declared = allTopicDeclarations(SERVICE_NAMES).map((t) => t.name);
    expect([...(result.topics?.created ?? []), ...(result.topics?.existing ?? [])].sort()).toEqual([...declared].sort());
    expect(lines.join('\n')).not.toContain(env.DB_PASSWORD);
  });

  it('changes nothing when run again, and exits 0', async () => {
    const again = await runSetup(loadSetupConfig(env));
    for (const service of SERVICE_NAMES) expect(again.migrations[service]).toEqual([]);
    expect(again.topics?.created).toEqual([]);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main({ ...env, SETUP_TOPICS: 'false', KAFKA_BROKERS: '' })).toBe(0);
      expect(log.mock.calls.flat().join('\n')).toContain('topics: skipped (SETUP_TOPICS=false)');
    } finally {
      log.mockRestore();
    }
  });

  it('exits 1 naming the step when PostgreSQL refuses it', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main({ ...env, DB_PORT: '1' })).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toMatch(/^\[setup\] provision PostgreSQL failed: /);
    } finally {
      error.mockRestore();
    }
  });
});
