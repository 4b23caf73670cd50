import { decodeCursor, encodeCursor } from './order-cursor';

describe('order cursor', () => {
  it('round-trips', () => {
    const c = { placedAt: new Date('2026-11-28T14:30:00.123Z'), id: '3b241101-e2bb-4255-8caf-4136c566a962' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it.each(['', 'garbage', Buffer.from('2026-11-28|x').toString('base64url'), Buffer.from("x' OR 1=1 --|y").toString('base64url')])(
    'refuses %p',
    (raw) => {
      expect(decodeCursor(raw)).toBeUndefined();
    },
  );
});
