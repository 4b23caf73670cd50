import { MAX_REPLAY_WINDOW_DAYS, parseInstant, replayWindowProblem } from './replay-window';

describe('replay window', () => {
  it.each([
    ['2026-03-01T03:00:00Z', '2026-03-01T03:00:00.000Z'],
    ['2026-03-01T03:00:00.123Z', '2026-03-01T03:00:00.123Z'],
    ['2026-03-01T10:00:00+07:00', '2026-03-01T03:00:00.000Z'],
    ['2026-03-01T03:00Z', '2026-03-01T03:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads the instant %s', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['a bare date', '2026-03-01'],
    ['a time without an offset', '2026-03-01T03:00:00'],
    ['a date that does not exist', '2026-02-30T00:00:00Z'],
    ['an hour that does not exist', '2026-03-01T25:00:00Z'],
    ['words', 'yesterday'],
    ['a number', 1_772_334_000_000],
    ['a space instead of T', '2026-03-01 03:00:00Z'],
  ])('refuses %s', (_case, text) => {
    expect(parseInstant(text)).toBeUndefined();
  });

  const at = (iso: string) => new Date(iso);
  it('wants to after from, and at most 30 days after it', () => {
    expect(MAX_REPLAY_WINDOW_DAYS).toBe(30);
    expect(replayWindowProblem(at('2026-03-01T00:00:00Z'), at('2026-03-31T00:00:00Z'))).toBeNull();
    expect(replayWindowProblem(at('2026-03-01T00:00:00Z'), at('2026-03-01T00:00:00.001Z'))).toBeNull();
    expect(replayWindowProblem(at('2026-03-01T00:00:00Z'), at('2026-03-31T00:00:00.001Z'))).toBe('to must be at most 30 days after from');
    expect(replayWindowProblem(at('2026-03-01T00:00:00Z'), at('2026-03-01T00:00:00Z'))).toBe('to must be after from');
    expect(replayWindowProblem(at('2026-03-02T00:00:00Z'), at('2026-03-01T00:00:00Z'))).toBe('to must be after from');
  });
});
