import { nextParkedPurgeSlot } from './parked-purge-slot';

describe('nextParkedPurgeSlot', () => {
  it('is the next whole hour strictly after now, named by its time', () => {
    expect(nextParkedPurgeSlot(new Date('2026-11-28T10:15:00.000Z'))).toEqual({ subjectId: 'slot:2026-11-28T11:00:00.000Z', dueAt: new Date('2026-11-28T11:00:00.000Z') });
    expect(nextParkedPurgeSlot(new Date('2026-11-28T11:00:00.000Z')).dueAt).toEqual(new Date('2026-11-28T12:00:00.000Z'));
  });

  it('is the same slot for every replica within the hour', () => {
    expect(nextParkedPurgeSlot(new Date('2026-11-28T10:00:00.001Z')).subjectId).toBe(nextParkedPurgeSlot(new Date('2026-11-28T10:59:59.999Z')).subjectId);
  });

  it.each([0, -1, 1.5])('refuses an interval of %p', (ms) => expect(() => nextParkedPurgeSlot(new Date(), ms)).toThrow(RangeError));
});
