import { decodeDeliveryCursor, encodeDeliveryCursor } from './delivery-cursor';

describe('delivery cursor', () => {
  it('round-trips a position and stays opaque', () => {
    const cursor = encodeDeliveryCursor(4242);
    expect(cursor).toBe(Buffer.from('wd1.4242').toString('base64url'));
    expect(decodeDeliveryCursor(cursor)).toBe(4242);
    expect(decodeDeliveryCursor(encodeDeliveryCursor(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['not base64url', 'no pe!'],
    ['another prefix (a feed cursor)', Buffer.from('ev1.42').toString('base64url')],
    ['zero', Buffer.from('wd1.0').toString('base64url')],
    ['a leading zero', Buffer.from('wd1.042').toString('base64url')],
    ['a negative number', Buffer.from('wd1.-4').toString('base64url')],
    ['beyond safe integers', Buffer.from('wd1.9007199254740993').toString('base64url')],
    ['padding (not the canonical spelling)', `${Buffer.from('wd1.42').toString('base64url')}==`],
    ['empty', ''],
  ])('refuses %s', (_case, raw) => {
    expect(decodeDeliveryCursor(raw)).toBeUndefined();
  });

  it('never encodes a position that is not a positive safe integer', () => {
    expect(() => encodeDeliveryCursor(0)).toThrow();
    expect(() => encodeDeliveryCursor(1.5)).toThrow();
  });
});
