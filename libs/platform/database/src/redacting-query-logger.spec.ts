import type { Logger } from '@nestjs/common';
import { RedactingQueryLogger } from './redacting-query-logger';

describe('RedactingQueryLogger', () => {
  const capture = (): { lines: string[]; logger: RedactingQueryLogger } => {
    const lines: string[] = [];
    const sink = { error: (m: string) => lines.push(`error: ${m}`), warn: (m: string) => lines.push(`warn: ${m}`), debug: (m: string) => lines.push(`debug: ${m}`) } as unknown as Logger;
    return { lines, logger: new RedactingQueryLogger(sink) };
  };

  it("logs a failed query's SQL state, message and statement, never its parameters (a phone number, a secret)", () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('duplicate key value violates unique constraint "orders_external_id"'), { code: '23505', constraint: 'orders_external_id', table: 'orders' });
    logger.logQueryError(error, 'INSERT INTO "orders"."orders" ("buyer_phone", "external_id")\n   VALUES ($1, $2)', ['+84901234567', 'whsec_c2VjcmV0']);
    expect(lines).toEqual([
      'error: query failed (23505): duplicate key value violates unique constraint "…" [constraint orders_external_id, table orders]; statement: INSERT INTO "orders"."orders" ("buyer_phone", "external_id") VALUES ($1, $2)',
    ]);
    expect(lines.join()).not.toMatch(/84901234567|whsec_/);
  });

  it("removes the values PostgreSQL quotes in its message (an invalid phone, say)", () => {
    const { lines, logger } = capture();
    logger.logQueryError(Object.assign(new Error('invalid input syntax for type integer: "+84901234567"'), { code: '22P02' }), 'SELECT $1::int');
    expect(lines).toEqual(['error: query failed (22P02): invalid input syntax for type integer: "…"; statement: SELECT $1::int']);
  });

  it('logs a deadlock or a serialization failure, which its caller retries, as a warning', () => {
    const { lines, logger } = capture();
    logger.logQueryError(Object.assign(new Error('deadlock detected'), { code: '40P01' }), 'SELECT pg_advisory_xact_lock($1)');
    logger.logQueryError(Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' }), 'UPDATE t SET a = $1');
    expect(lines).toEqual([
      'warn: query failed (40P01): deadlock detected; statement: SELECT pg_advisory_xact_lock($1)',
      'warn: query failed (40001): could not serialize access due to concurrent update; statement: UPDATE t SET a = $1',
    ]);
  });

  it('logs a lock wait cut short by lock_timeout (a shared run giving way) at debug', () => {
    const { lines, logger } = capture();
    logger.logQueryError(Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }), 'UPDATE t SET a = $1');
    expect(lines).toEqual(['debug: query failed (55P03): canceling statement due to lock timeout; statement: UPDATE t SET a = $1']);
  });

  it('bounds the statement it logs, and logs no successful query', () => {
    const { lines, logger } = capture();
    logger.logQueryError('timeout', `SELECT ${'x, '.repeat(500)}1`);
    logger.logQuery();
    expect(lines).toHaveLength(1);
    expect(lines[0].length).toBeLessThan(400);
  });
});
