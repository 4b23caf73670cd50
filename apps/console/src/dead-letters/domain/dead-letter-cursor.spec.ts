import { decodeDeadLetterCursor, encodeDeadLetterCursor } from './dead-letter-cursor';

describe('dead-letter cursor', () => {
  it('round-trips a failure instant and a seq', () => {
    const at = new Date('2026-11-29T14:31:02.123Z');
    expect(decodeDeadLetterCursor(encodeDeadLetterCursor({ failedAt: at, seq: '9007199254740993' }))).toEqual({ failedAt: at, seq: '9007199254740993' });
  });

  it('refuses what is not one of ours', () => {
    expect(decodeDeadLetterCursor('bm9wZQ')).toBeUndefined();
    expect(decodeDeadLetterCursor(Buffer.from('d:1:2; DROP', 'utf8').toString('base64url'))).toBeUndefined();
    expect(decodeDeadLetterCursor(Buffer.from('d:9999999999999999:2', 'utf8').toString('base64url'))).toBeUndefined();
    expect(decodeDeadLetterCursor(Buffer.from('a:12', 'utf8').toString('base64url'))).toBeUndefined();
  });
});
