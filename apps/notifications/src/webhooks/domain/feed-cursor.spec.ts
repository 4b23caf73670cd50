import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor';
import { decodeEndpointCursor, encodeEndpointCursor } from './endpoint-cursor';

describe('feed cursor', () => {
  it('round-trips positions, from 0 to the largest bigint', () => {
    for (const seq of ['0', '1', '42', '9223372036854775807']) expect(decodeFeedCursor(encodeFeedCursor(seq))).toBe(seq);
    expect(encodeFeedCursor(7n)).toBe(encodeFeedCursor('7'));
  });

  it('is opaque: not the bare number', () => {
    expect(encodeFeedCursor('42')).toBe('ZXYxLjQy');
    expect(decodeFeedCursor('42')).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'ab$cd'],
    ['another prefix', Buffer.from('ev2.5').toString('base64url')],
    ['a negative position', Buffer.from('ev1.-5').toString('base64url')],
    ['a leading zero', Buffer.from('ev1.05').toString('base64url')],
    ['beyond bigint', Buffer.from('ev1.9223372036854775808').toString('base64url')],
    ['trailing junk', Buffer.from('ev1.5 ').toString('base64url')],
    ['too long', 'A'.repeat(65)],
    ['padded base64', `${encodeFeedCursor('42')}==`],
  ])('refuses %s', (_what, raw) => {
    expect(decodeFeedCursor(raw)).toBeUndefined();
  });

  it('refuses to encode a non-position', () => {
    expect(() => encodeFeedCursor('-1')).toThrow('not a feed position: -1');
  });
});

describe('endpoint cursor', () => {
  it('round-trips, and refuses what it did not issue', () => {
    const c = { createdAt: new Date('2026-03-01T02:03:04.005Z'), id: '0b5e0d8e-7f51-4c59-9a0e-1f1c2b3d4e5f' };
    expect(decodeEndpointCursor(encodeEndpointCursor(c))).toEqual(c);
    expect(decodeEndpointCursor('nonsense')).toBeUndefined();
    expect(decodeEndpointCursor(Buffer.from(`we1|2026-03-01T02:03:04.005Z|not-a-uuid`).toString('base64url'))).toBeUndefined();
  });
});
