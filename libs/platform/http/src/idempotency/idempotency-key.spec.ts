import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { ProblemException } from '../problem/problem.exception';
import { readIdempotencyKey } from './idempotency-key';

const req = (key?: string): IncomingMessage => {
  const message = new IncomingMessage(new Socket());
  message.headers = key === undefined ? {} : { 'idempotency-key': key };
  return message;
};

describe(readIdempotencyKey.name, () => {
  it('reads keys of 1–255 characters', () => {
    expect(readIdempotencyKey(req('k'), false)).toBe('k');
    expect(readIdempotencyKey(req('k'.repeat(255)), true)).toHaveLength(255);
  });

  it('is undefined without the header unless required', () => {
    expect(readIdempotencyKey(req(), false)).toBeUndefined();
    expect(() => readIdempotencyKey(req(), true)).toThrow(ProblemException);
  });

  it.each(['', 'k'.repeat(256)])('refuses %j with a problem naming the header', (key) => {
    try {
      readIdempotencyKey(req(key), false);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      const problem = (error as ProblemException).problem;
      expect(problem).toMatchObject({ status: 400, type: 'invalid-idempotency-key', extensions: { header: 'Idempotency-Key' } });
      expect(problem.detail).toContain('Idempotency-Key');
    }
  });
});
