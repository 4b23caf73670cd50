import { decodeStuckCursor, encodeStuckCursor } from './stuck-cursor';

describe('stuck cursor', () => {
  it('round-trips a position', () => {
    const c = { silentSince: new Date('2026-11-28T10:00:00.123Z'), id: '0b8f3c1e-1111-4222-8333-944455556666' };
    expect(decodeStuckCursor(encodeStuckCursor(c))).toEqual(c);
  });

  it.each(['', 'abc', Buffer.from('2026-11-28T10:00:00.123Z|nope').toString('base64url'), Buffer.from('yesterday|0b8f3c1e-1111-4222-8333-944455556666').toString('base64url')])(
    'refuses %p',
    (text) => expect(decodeStuckCursor(text)).toBeNull(),
  );
});
