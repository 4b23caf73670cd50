import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';

describe('audit cursor', () => {
  it('round-trips a seq and refuses what is not a cursor', () => {
    expect(decodeAuditCursor(encodeAuditCursor('9007199254740993'))).toBe('9007199254740993');
    expect(decodeAuditCursor('bm9wZQ')).toBeUndefined();
    expect(decodeAuditCursor(Buffer.from('a:1; DROP', 'utf8').toString('base64url'))).toBeUndefined();
  });
});
