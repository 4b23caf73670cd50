import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** The longest part of a failed statement's text that is logged (placeholders only: never its parameters). */
const MAX_QUERY_CHARS = 300;

/**
 * PostgreSQL quotes the values it complains about (`invalid input syntax for type integer: "+84901234567"`), and names
 * in the same quotes: every quoted part goes (the constraint, table and column are logged from the error's fields).
 */
export function redactMessage(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\+?\d{9,}/g, '…');
}

/**
 * TypeORM's query logger for the services: a failed query is logged with its SQL state, the driver's message (quoted
 * values removed), the constraint, table and column, and the statement text (with `$1` placeholders), never with
 * its parameters. TypeORM's own logger prints the parameters,
 * and they carry phone numbers, names and sealed values: secrets and full phone numbers never reach the logs.
 * Deadlocks and serialization failures (SQL state class 40), which callers retry, are warnings; a lock wait cut short
 * by lock_timeout (55P03) is a debug line; other failures are errors.
 * Everything else TypeORM would log (queries, schema builds, migrations) is left to the services' own log lines.
 */
export class RedactingQueryLogger implements TypeOrmLogger {
  constructor(private readonly logger = new Logger('Database')) {}

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    const fields = typeof error === 'object' && error !== null ? (error as { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown }) : {};
    const code = typeof fields.code === 'string' ? ` (${fields.code})` : '';
    const where = (['constraint', 'table', 'column'] as const).flatMap((k) => (typeof fields[k] === 'string' ? [`${k} ${fields[k] as string}`] : []));
    const statement = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
    const line = `query failed${code}: ${redactMessage(error instanceof Error ? error.message : String(error))}${where.length ? ` [${where.join(', ')}]` : ''}; statement: ${statement}`;
    // Class 40 (a deadlock, a serialization failure) rolls the transaction back and its caller tries again: expected
    // under contention, so a warning, not an error. A lock wait cut short by lock_timeout (55P03) is a transaction
    // that chose to give way (a consumer's shared run): its caller goes on without it, so it is only a debug line.
    const sqlState = typeof fields.code === 'string' ? fields.code : '';
    if (sqlState === '55P03') this.logger.debug(line);
    else if (sqlState.startsWith('40')) this.logger.warn(line);
    else this.logger.error(line);
  }

  logQuery(): void {
    // not logged
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS)}`);
  }

  logSchemaBuild(): void {
    // not logged
  }

  logMigration(): void {
    // not logged (migrations report what they applied)
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
