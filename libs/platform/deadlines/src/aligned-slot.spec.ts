import { nextAlignedSlot } from './aligned-slot';

describe('nextAlignedSlot', () => {
  it('answers the next multiple of the interval, strictly after now, the same on every replica', () => {
    const a = nextAlignedSlot(new Date('2026-11-05T10:02:13.500Z'), 300_000);
    const b = nextAlignedSlot(new Date('2026-11-05T10:04:59.999Z'), 300_000);
    expect(a).toEqual({ subjectId: 'slot:2026-11-05T10:05:00.000Z', dueAt: new Date('2026-11-05T10:05:00.000Z') });
    expect(b).toEqual(a);
  });

  it('moves to the following slot once a slot is due (a fired deadline never reschedules itself)', () => {
    expect(nextAlignedSlot(new Date('2026-11-05T10:05:00.000Z'), 300_000).subjectId).toBe('slot:2026-11-05T10:10:00.000Z');
  });

  it('refuses a non-positive or fractional interval', () => {
    expect(() => nextAlignedSlot(new Date(), 0)).toThrow(RangeError);
    expect(() => nextAlignedSlot(new Date(), -300_000)).toThrow(RangeError);
    expect(() => nextAlignedSlot(new Date(), 1.5)).toThrow(RangeError);
  });
});
