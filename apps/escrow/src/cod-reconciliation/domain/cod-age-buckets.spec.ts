import { ageBucketCutoffs, ageBucketIndexOf, ageBucketLines, COD_AGE_BUCKETS } from './cod-age-buckets';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const ago = (ms: number): Date => new Date(NOW.getTime() - ms);
const H = 3_600_000;
const D = 24 * H;

describe('COD age buckets', () => {
  it('puts an age in [fromDays, toDays): the boundaries in the older bucket, a future delivery at age 0', () => {
    const cases: Array<[Date, string]> = [
      [ago(-5 * 60_000), 'UNDER_1_DAY'],
      [ago(0), 'UNDER_1_DAY'],
      [ago(D - 1), 'UNDER_1_DAY'],
      [ago(D), 'DAYS_1_TO_3'],
      [ago(3 * D - 1), 'DAYS_1_TO_3'],
      [ago(3 * D), 'DAYS_3_TO_7'],
      [ago(7 * D - 1), 'DAYS_3_TO_7'],
      [ago(7 * D), 'DAYS_7_OR_MORE'],
      [ago(400 * D), 'DAYS_7_OR_MORE'],
    ];
    expect(cases.map(([at]) => COD_AGE_BUCKETS[ageBucketIndexOf(at, NOW)].bucket)).toEqual(cases.map(([, b]) => b));
  });

  it('gives the cutoffs a SQL reader buckets with, agreeing with ageBucketIndexOf (after the i-th cutoff → bucket i)', () => {
    const cutoffs = ageBucketCutoffs(NOW);
    expect(cutoffs.map((c) => c.toISOString())).toEqual(['2026-11-27T10:00:00.000Z', '2026-11-25T10:00:00.000Z', '2026-11-21T10:00:00.000Z']);
    const sqlIndex = (at: Date): number => {
      const i = cutoffs.findIndex((c) => at.getTime() > c.getTime());
      return i === -1 ? cutoffs.length : i;
    };
    for (const ms of [-H, 0, D - 1, D, D + 1, 3 * D - 1, 3 * D, 7 * D - 1, 7 * D, 30 * D]) expect(sqlIndex(ago(ms))).toBe(ageBucketIndexOf(ago(ms), NOW));
  });

  it('lists every bucket in order, zero when empty, adding sums of one index', () => {
    expect(
      ageBucketLines([
        { index: 2, parcelCount: 1, amount: 650_000n },
        { index: 0, parcelCount: 2, amount: 1_500_000n },
        { index: 2, parcelCount: 1, amount: 100_000n },
      ]),
    ).toEqual([
      { bucket: 'UNDER_1_DAY', fromDays: 0, toDays: 1, parcelCount: 2, amount: 1_500_000n },
      { bucket: 'DAYS_1_TO_3', fromDays: 1, toDays: 3, parcelCount: 0, amount: 0n },
      { bucket: 'DAYS_3_TO_7', fromDays: 3, toDays: 7, parcelCount: 2, amount: 750_000n },
      { bucket: 'DAYS_7_OR_MORE', fromDays: 7, toDays: null, parcelCount: 0, amount: 0n },
    ]);
  });
});
