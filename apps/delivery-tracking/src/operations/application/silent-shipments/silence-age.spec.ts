import { oldestSilenceAges } from './silence-age';

describe('oldestSilenceAges', () => {
  const now = new Date('2026-11-28T12:00:00.000Z');

  it('answers whole seconds per courier, from a Date or a string, never negative', () => {
    const ages = oldestSilenceAges(
      [
        { courierId: 'c-1', since: new Date('2026-11-28T11:00:00.500Z') },
        { courierId: 'c-2', since: '2026-11-26T12:00:00.000Z' },
        { courierId: 'c-3', since: new Date('2026-11-28T12:00:05.000Z') },
      ],
      now,
    );
    expect([...ages]).toEqual([
      ['c-1', 3599],
      ['c-2', 172_800],
      ['c-3', 0],
    ]);
  });
});
