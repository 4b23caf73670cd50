import { decodeDisputeCursor, encodeDisputeCursor } from './dispute-cursor';

describe('dispute cursor', () => {
  it('round-trips a position, keeping milliseconds', () => {
    const c = { openedAt: new Date('2031-03-04T05:06:07.089Z'), id: '0b8f3c1e-1111-4222-8333-944455556666' };
    const text = encodeDisputeCursor(c);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDisputeCursor(text)).toEqual(c);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['garbage', 'abc'],
    ['no id', Buffer.from('2031-03-04T05:06:07.089Z|').toString('base64url')],
    ['a bad id', Buffer.from('2031-03-04T05:06:07.089Z|nope').toString('base64url')],
    ['a bad time', Buffer.from('yesterday|0b8f3c1e-1111-4222-8333-944455556666').toString('base64url')],
    ['a non-canonical time', Buffer.from('2031-03-04T05:06:07Z|0b8f3c1e-1111-4222-8333-944455556666').toString('base64url')],
    ['extra parts', Buffer.from('2031-03-04T05:06:07.089Z|0b8f3c1e-1111-4222-8333-944455556666|x').toString('base64url')],
  ])('refuses %s', (_name, text) => expect(decodeDisputeCursor(text)).toBeNull());
});
