import { ManualClock, OffsetClock } from './clock';

describe(ManualClock.name, () => {
  it('moves only when told, and only forward', () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:30.000Z');
    expect(() => clock.set('2025-12-31T00:00:00Z')).toThrow(RangeError);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});

describe(OffsetClock.name, () => {
  it('ticks with the wall clock plus a growing offset', () => {
    const clock = new OffsetClock();
    const before = Date.now();
    clock.advance(3_600_000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
  });
});
