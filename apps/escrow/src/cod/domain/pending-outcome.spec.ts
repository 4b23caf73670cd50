import { pendingRefundOf } from './pending-outcome';

describe('pendingRefundOf', () => {
  it('gives the buyer the total, the partial refund (at most the total), or nothing', () => {
    expect(pendingRefundOf('REFUND_FULL', 0, 1_000_000n)).toBe(1_000_000n);
    expect(pendingRefundOf('REFUND_PARTIAL', 300_000, 1_000_000n)).toBe(300_000n);
    expect(pendingRefundOf('REFUND_PARTIAL', 2_000_000, 1_000_000n)).toBe(1_000_000n);
    expect(pendingRefundOf('RELEASE_TO_SELLER', 500, 1_000_000n)).toBe(0n);
  });
});
