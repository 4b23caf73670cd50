/**
 * Provisions the machine's PostgreSQL for TrustCircle: one database per environment, and in it one schema per
 * service owned by that service's own role. A role gets no rights on any other service's schema, so
 * "never read another service's tables" is enforced by PostgreSQL, not just by convention.
 */
import { Client } from 'pg';
import { SERVICE_NAMES, SERVICES, serviceDbRole } from '@trustcircle/contracts';

export interface PgTarget {
  host: string;
  port: number;
  adminUser: string;
  /** The admin's password; unset, node-postgres falls back to PGPASSWORD or ~/.pgpass (or trust/peer auth). */
  adminPassword?: string;
  database: string;
}

export function pgTargetFromEnv(database: string, env: NodeJS.ProcessEnv = process.env): PgTarget {
  return {
    host: env.DB_HOST ?? '127.0.0.1',
    port: Number(env.DB_PORT ?? 5432),
    adminUser: env.DB_ADMIN_USER ?? 'postgres',
    ...(env.DB_ADMIN_PASSWORD ? { adminPassword: env.DB_ADMIN_PASSWORD } : {}),
    database,
  };
}

function quoteIdent(id: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(id)) throw new Error(`unsafe identifier ${id}`);
  return `"${id}"`;
}

/** Drops the database with whatever is connected to it (a test run's or a benchmark's fresh start). */
export async function dropDatabase(t: PgTarget): Promise<void> {
  const admin = new Client({ host: t.host, port: t.port, user: t.adminUser, password: t.adminPassword, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(t.database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Creates the database, the per-service roles and schemas when missing. Safe to run again and concurrently. */
export async function provisionPostgres(t: PgTarget, rolePassword: string): Promise<void> {
  const admin = new Client({ host: t.host, port: t.port, user: t.adminUser, password: t.adminPassword, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(7716001)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [t.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${quoteIdent(t.database)} ENCODING 'UTF8' TEMPLATE template0`);
    for (const svc of SERVICE_NAMES) {
      const role = serviceDbRole(svc);
      const r = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      // Connection limits cap each service's share of one shared server.
      const pw = `'${rolePassword.replace(/'/g, "''")}'`;
      if (r.rowCount === 0) await admin.query(`CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD ${pw} CONNECTION LIMIT 40`);
      else await admin.query(`ALTER ROLE ${quoteIdent(role)} WITH LOGIN PASSWORD ${pw}`);
    }
    await admin.query('SELECT pg_advisory_unlock(7716001)');
  } finally {
    await admin.end();
  }

  const db = new Client({ host: t.host, port: t.port, user: t.adminUser, password: t.adminPassword, database: t.database });
  await db.connect();
  try {
    await db.query('SELECT pg_advisory_lock(7716002)');
    await db.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await db.query(`REVOKE ALL ON DATABASE ${quoteIdent(t.database)} FROM PUBLIC`);
    for (const svc of SERVICE_NAMES) {
      const role = quoteIdent(serviceDbRole(svc));
      const schema = quoteIdent(SERVICES[svc].schema);
      await db.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(t.database)} TO ${role}`);
      await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${role}`);
      await db.query(`ALTER ROLE ${role} IN DATABASE ${quoteIdent(t.database)} SET search_path = ${schema}`);
    }
    await db.query('SELECT pg_advisory_unlock(7716002)');
  } finally {
    await db.end();
  }
}
