import { classifyFailure, PermanentEventError } from './failure-classifier';

function pgError(code: string, message = 'pg'): Error {
  return Object.assign(new Error(message), { code });
}

describe(classifyFailure.name, () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['admin shutdown 57P01', pgError('57P01', 'terminating connection due to administrator command')],
    ['connection failure 08006', pgError('08006')],
    ['too many connections 53300', pgError('53300')],
    ['serialization failure', pgError('40001')],
    ['deadlock', pgError('40P01')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['terminated mid-query', new Error('Connection terminated unexpectedly')],
    ['TypeORM wrapper', Object.assign(new Error('QueryFailedError'), { driverError: pgError('57P01') })],
    ['KafkaJS retriable', Object.assign(new Error('The coordinator is not available'), { retriable: true })],
  ])('%s is transient', (_name, error) => {
    expect(classifyFailure(error)).toBe('transient');
  });

  it.each([
    ['handler verdict', new PermanentEventError('contradicts the contract')],
    ['handler verdict with a contract reason', new PermanentEventError('signature refused', { reason: 'CONTRACT_VIOLATION' })],
    ['value too long', pgError('22001')],
    ['check violation', pgError('23514')],
  ])('%s is permanent', (_name, error) => {
    expect(classifyFailure(error)).toBe('permanent');
  });

  it('a unique violation is retried first (often a race), so it is unknown', () => {
    expect(classifyFailure(Object.assign(new Error('QueryFailedError'), { driverError: pgError('23505') }))).toBe('unknown');
  });

  it('anything else is unknown', () => {
    expect(classifyFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe('unknown');
    expect(classifyFailure('a string')).toBe('unknown');
  });

  it('a permanent error carries the dead-letter reason it was given (none: HANDLER_REJECTED)', () => {
    expect(new PermanentEventError('signature refused', { reason: 'CONTRACT_VIOLATION' }).reason).toBe('CONTRACT_VIOLATION');
    expect(new PermanentEventError('conflicting repeat').reason).toBeUndefined();
  });
});
