import { DISPUTE_OUTCOMES } from '@trustcircle/contracts';
import fc from 'fast-check';
import { checkPartialAmount, type DisputeResolution, moneyOutcome } from './money-outcome';

const TOTAL = 1_250_000n;

describe('moneyOutcome', () => {
  it.each<[string, DisputeResolution, boolean, object]>([
    ['ACCEPT of a full refund', { path: 'MERCHANT_ACCEPTED', requestedOutcome: 'REFUND_FULL', requestedAmount: null }, true, { outcome: 'REFUND_FULL', refundAmount: TOTAL, resolvedBy: 'MERCHANT_ACCEPTED', clawback: null }],
    ['ACCEPT of a partial refund', { path: 'MERCHANT_ACCEPTED', requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 300_000n }, true, { outcome: 'REFUND_PARTIAL', refundAmount: 300_000n }],
    ['ACCEPT of a return', { path: 'MERCHANT_ACCEPTED', requestedOutcome: 'RETURN_AND_REFUND', requestedAmount: null }, true, { outcome: 'RETURN_AND_REFUND', refundAmount: TOTAL }],
    ['default judgment as asked', { path: 'DEFAULT_JUDGMENT', requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 1n }, true, { outcome: 'REFUND_PARTIAL', refundAmount: 1n, resolvedBy: 'DEFAULT_JUDGMENT' }],
    ['an accepted offer', { path: 'OFFER_ACCEPTED', offerAmount: 1_249_999n }, true, { outcome: 'REFUND_PARTIAL', refundAmount: 1_249_999n, resolvedBy: 'OFFER_ACCEPTED' }],
    ['a mediator release', { path: 'MEDIATOR_DECISION', outcome: 'RELEASE_TO_SELLER', amount: null }, true, { outcome: 'RELEASE_TO_SELLER', refundAmount: 0n, resolvedBy: 'MEDIATOR_DECISION' }],
    ['a mediator partial refund', { path: 'MEDIATOR_DECISION', outcome: 'REFUND_PARTIAL', amount: 500_000n }, true, { outcome: 'REFUND_PARTIAL', refundAmount: 500_000n }],
    ['no escalation', { path: 'BUYER_DID_NOT_ESCALATE' }, true, { outcome: 'RELEASE_TO_SELLER', refundAmount: 0n, resolvedBy: 'BUYER_DID_NOT_ESCALATE', clawback: null }],
    ['a refund with no money held', { path: 'MEDIATOR_DECISION', outcome: 'REFUND_FULL', amount: null }, false, { moneyHeld: false, clawback: { amount: TOTAL, when: 'AT_RESOLUTION' } }],
    ['a return with no money held', { path: 'DEFAULT_JUDGMENT', requestedOutcome: 'RETURN_AND_REFUND', requestedAmount: null }, false, { clawback: { amount: TOTAL, when: 'ON_RETURN_DELIVERED' } }],
    ['a release with no money held', { path: 'MEDIATOR_DECISION', outcome: 'RELEASE_TO_SELLER', amount: null }, false, { refundAmount: 0n, clawback: null }],
  ])('%s', (_name, resolution, held, expected) => {
    const r = moneyOutcome(resolution, TOTAL, held);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it.each<[string, DisputeResolution, bigint, string]>([
    ['a zero order total', { path: 'BUYER_DID_NOT_ESCALATE' }, 0n, 'ORDER_TOTAL_INVALID'],
    ['a partial refund without an amount', { path: 'MEDIATOR_DECISION', outcome: 'REFUND_PARTIAL', amount: null }, TOTAL, 'AMOUNT_REQUIRED'],
    ['a partial refund of 0', { path: 'MEDIATOR_DECISION', outcome: 'REFUND_PARTIAL', amount: 0n }, TOTAL, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    ['a negative partial refund', { path: 'MERCHANT_ACCEPTED', requestedOutcome: 'REFUND_PARTIAL', requestedAmount: -5n }, TOTAL, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    ['a partial refund of the whole total', { path: 'MEDIATOR_DECISION', outcome: 'REFUND_PARTIAL', amount: TOTAL }, TOTAL, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    ['an offer above the total', { path: 'OFFER_ACCEPTED', offerAmount: TOTAL + 1n }, TOTAL, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    ['an amount with a full refund', { path: 'MEDIATOR_DECISION', outcome: 'REFUND_FULL', amount: 10n }, TOTAL, 'AMOUNT_NOT_ALLOWED'],
    ['an amount with a release', { path: 'MEDIATOR_DECISION', outcome: 'RELEASE_TO_SELLER', amount: 10n }, TOTAL, 'AMOUNT_NOT_ALLOWED'],
  ])('refuses %s', (_name, resolution, total, code) => {
    expect(moneyOutcome(resolution, total, true)).toEqual({ ok: false, code });
  });

  it('never refunds more than the total, nor a negative amount, and claws back exactly the refund when nothing is held', () => {
    const vnd = fc.bigInt({ min: -10n, max: 10_000_000n });
    fc.assert(
      fc.property(fc.constantFrom(...DISPUTE_OUTCOMES), fc.option(vnd, { nil: null }), fc.bigInt({ min: 1n, max: 10_000_000n }), fc.boolean(), (outcome, amount, total, held) => {
        const r = moneyOutcome({ path: 'MEDIATOR_DECISION', outcome, amount }, total, held);
        if (!r.ok) return;
        expect(r.value.refundAmount >= 0n && r.value.refundAmount <= total).toBe(true);
        expect(r.value.clawback?.amount ?? 0n).toBe(held ? 0n : r.value.refundAmount);
      }),
    );
  });
});

describe('checkPartialAmount', () => {
  it.each<[bigint | null, string | null]>([
    [null, 'AMOUNT_REQUIRED'],
    [0n, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    [1n, null],
    [99n, null],
    [100n, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
  ])('%s of 100 → %s', (amount, code) => {
    expect(checkPartialAmount(amount, 100n)).toBe(code);
  });
});
