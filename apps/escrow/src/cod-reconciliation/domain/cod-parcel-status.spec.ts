import { codOutstanding, codParcelStatus } from './cod-parcel-status';

const E = 1_000_000n;

describe('COD parcel status', () => {
  it.each<[string, bigint | null, bigint, string]>([
    ['collected = expected, all remitted', E, E, 'MATCHED'],
    ['collected = expected, part remitted', E, 400_000n, 'REMITTANCE_SHORT'],
    ['collected = expected, nothing remitted', E, 0n, 'UNREMITTED'],
    ['collected less, nothing remitted', 900_000n, 0n, 'COLLECTION_MISMATCH'],
    ['collected less, all of it remitted', 900_000n, 900_000n, 'COLLECTION_MISMATCH'],
    ['collected more, the total remitted', 1_100_000n, E, 'COLLECTION_MISMATCH'],
    ['collected not said, all remitted', null, E, 'COLLECTION_MISMATCH'],
    ['collected 0', 0n, 0n, 'COLLECTION_MISMATCH'],
  ])('%s → %s', (_name, collected, remitted, status) => {
    expect(codParcelStatus({ expected: E, collected, remitted })).toBe(status);
  });

  it('owes what was collected (the total when not said), at most the total, less what was remitted, never below 0', () => {
    expect(codOutstanding({ expected: E, collected: E, remitted: 400_000n })).toBe(600_000n);
    expect(codOutstanding({ expected: E, collected: null, remitted: 250_000n })).toBe(750_000n);
    expect(codOutstanding({ expected: E, collected: 900_000n, remitted: 0n })).toBe(900_000n);
    expect(codOutstanding({ expected: E, collected: 900_000n, remitted: E })).toBe(0n);
    expect(codOutstanding({ expected: E, collected: 1_100_000n, remitted: 300_000n })).toBe(700_000n);
    expect(codOutstanding({ expected: E, collected: 1_100_000n, remitted: E })).toBe(0n);
    expect(codOutstanding({ expected: E, collected: 0n, remitted: 0n })).toBe(0n);
  });
});
