/**
 * A failed query through a service's real data source (its own role and schema, on the real PostgreSQL): the log
 * line names the SQL state, the table and the statement, never the parameters or the values PostgreSQL quotes.
 */
import { Logger, type LoggerService } from '@nestjs/common';
import { ServiceEnv, loadConfig, readProcessEnv } from '@trustcircle/config';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from './data-source-options';

const lines: string[] = [];
const sink: LoggerService = { log: () => undefined, error: (m: unknown) => void lines.push(String(m)), warn: (m: unknown) => void lines.push(String(m)) };
let db: DataSource;

beforeAll(async () => {
  Logger.overrideLogger(sink);
  db = new DataSource(serviceDataSourceOptions({ service: 'orders', entities: [], migrations: [] }, { ...loadConfig(ServiceEnv, readProcessEnv()), DB_POOL_MAX: 2 }));
  await db.initialize();
});

afterAll(async () => {
  await db?.destroy();
  Logger.overrideLogger(false);
});

it('logs a failed query without its parameters or the values PostgreSQL quotes', async () => {
  const phone = '+84901234567';
  await expect(db.query('SELECT $1::int AS n', [phone])).rejects.toThrow(/84901234567/); // PostgreSQL quotes the value
  await expect(db.query('INSERT INTO "orders"."orders" ("id", "buyer_phone") VALUES ($1, $2)', ['not-a-uuid', phone])).rejects.toThrow();
  expect(lines.filter((l) => l.startsWith('query failed'))).toHaveLength(2);
  expect(lines.join('\n')).toMatch(/query failed \(22\w{3}\)/);
  expect(lines.join('\n')).toContain('statement: SELECT $1::int AS n');
  expect(lines.join('\n')).not.toContain('84901234567');
  expect(lines.join('\n')).not.toContain('not-a-uuid');
});
