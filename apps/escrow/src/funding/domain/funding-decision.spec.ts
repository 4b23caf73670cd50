import type { EscrowState } from '@trustcircle/contracts';
import { decideFunding } from './funding-decision';

describe('decideFunding', () => {
  it('funds an exact payment', () => {
    expect(decideFunding({ state: 'AWAITING_FUNDING', expected: 1_000n, paidBefore: 0n, amount: 1_000n })).toEqual({
      match: 'EXACT',
      nextState: 'FUNDED',
      stateAfter: 'FUNDED',
      totalPaid: 1_000n,
      shortfall: 0n,
      excess: 0n,
      funds: true,
    });
  });

  it('moves a short first payment to UNDERPAID, stays UNDERPAID on a short top-up, and funds on the completing top-up', () => {
    expect(decideFunding({ state: 'AWAITING_FUNDING', expected: 1_000n, paidBefore: 0n, amount: 300n })).toMatchObject({
      match: 'UNDERPAID',
      nextState: 'UNDERPAID',
      stateAfter: 'UNDERPAID',
      shortfall: 700n,
      funds: false,
    });
    expect(decideFunding({ state: 'UNDERPAID', expected: 1_000n, paidBefore: 300n, amount: 200n })).toMatchObject({
      match: 'UNDERPAID',
      nextState: null,
      stateAfter: 'UNDERPAID',
      totalPaid: 500n,
      shortfall: 500n,
    });
    expect(decideFunding({ state: 'UNDERPAID', expected: 1_000n, paidBefore: 500n, amount: 500n })).toMatchObject({ match: 'EXACT', nextState: 'FUNDED', funds: true, excess: 0n });
  });

  it('funds an overpayment and counts only the part beyond the total as excess', () => {
    expect(decideFunding({ state: 'AWAITING_FUNDING', expected: 1_000n, paidBefore: 0n, amount: 1_250n })).toMatchObject({ match: 'OVERPAID', nextState: 'FUNDED', excess: 250n, funds: true });
    expect(decideFunding({ state: 'UNDERPAID', expected: 1_000n, paidBefore: 600n, amount: 500n })).toMatchObject({ match: 'OVERPAID', nextState: 'FUNDED', excess: 100n, totalPaid: 1_100n });
  });

  it.each<EscrowState>(['FUNDED', 'IN_INSPECTION', 'ON_HOLD', 'RELEASED', 'PAID_OUT', 'REFUNDED', 'EXPIRED', 'CANCELLED', 'AWAITING_DELIVERY'])(
    'records a payment to an escrow in %s as excess without moving it',
    (state) => {
      expect(decideFunding({ state, expected: 1_000n, paidBefore: 1_000n, amount: 400n })).toEqual({
        match: 'OVERPAID',
        nextState: null,
        stateAfter: state,
        totalPaid: 1_400n,
        shortfall: 0n,
        excess: 400n,
        funds: false,
      });
    },
  );
});
