import { validateEventPayload } from '@trustcircle/contracts';
import { decideFunding } from './funding-decision';
import { type FundingMismatchFacts, fundingMismatchAlert } from './funding-mismatch-alert';

const ALERT_ID = '0b9f5c1e-8a1d-4c9e-9a57-2f4c3e1d0a11';
const NOW = new Date('2026-03-02T03:04:05.000Z');
const FACTS: FundingMismatchFacts = {
  orderId: '5d0e9c6a-1b2c-4d3e-8f40-5a6b7c8d9e0f',
  orderCode: 'TC-7K3M-Q9XZ',
  escrowId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  expected: 1_000_000n,
  paymentId: 'f0e1d2c3-b4a5-4968-8776-655443322110',
  partnerId: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  partnerTxnId: 'TXN-42',
  amount: 0n,
  fundingDeadline: new Date('2026-03-03T03:04:05.000Z'),
};

/** The alert for a payment of `amount` to an escrow in `state` that was paid `paidBefore` already. */
function alertFor(state: 'AWAITING_FUNDING' | 'UNDERPAID' | 'FUNDED' | 'RELEASED', paidBefore: bigint, amount: bigint, facts: Partial<FundingMismatchFacts> = {}) {
  const decision = decideFunding({ state, expected: FACTS.expected, paidBefore, amount });
  return fundingMismatchAlert(decision, { ...FACTS, amount, ...facts }, ALERT_ID, NOW);
}

describe('fundingMismatchAlert', () => {
  it('raises nothing for an exact payment, nor for the top-up that completes an underpaid escrow exactly', () => {
    expect(alertFor('AWAITING_FUNDING', 0n, 1_000_000n)).toBeNull();
    expect(alertFor('UNDERPAID', 400_000n, 600_000n)).toBeNull();
  });

  it('raises a WARNING for an underpayment: expected, received, the shortfall, and the wait for a top-up until the deadline', () => {
    const alert = alertFor('AWAITING_FUNDING', 0n, 400_000n);
    expect(alert).toEqual({
      alertId: ALERT_ID,
      severity: 'WARNING',
      code: 'FUNDING_MISMATCH',
      message:
        `Order TC-7K3M-Q9XZ (${FACTS.orderId}) is underpaid: payment ${FACTS.paymentId} (partner ${FACTS.partnerId}, transaction TXN-42) of 400000 VND; ` +
        `escrow ${FACTS.escrowId} expects 1000000 VND and has received 400000 VND, 600000 VND short. ` +
        'The escrow stays UNDERPAID awaiting a top-up until 2026-03-03T03:04:05.000Z; if none comes, it expires and what was paid is refunded.',
      service: 'escrow',
      orderId: FACTS.orderId,
      raisedAt: NOW.toISOString(),
    });
    expect(validateEventPayload('platform.operator-alert-raised', alert).ok).toBe(true);
  });

  it('raises one again for a top-up still short, counting everything received', () => {
    expect(alertFor('UNDERPAID', 400_000n, 100_000n)?.message).toContain('has received 500000 VND, 500000 VND short');
    expect(alertFor('UNDERPAID', 400_000n, 100_000n, { fundingDeadline: null })?.message).toContain('awaiting a top-up; if none comes');
  });

  it('raises a WARNING for an overpayment: funded with what it expects, the excess refunded', () => {
    const alert = alertFor('AWAITING_FUNDING', 0n, 1_250_000n);
    expect(alert).toMatchObject({ severity: 'WARNING', code: 'FUNDING_MISMATCH', orderId: FACTS.orderId });
    expect(alert?.message).toBe(
      `Order TC-7K3M-Q9XZ (${FACTS.orderId}) is overpaid: payment ${FACTS.paymentId} (partner ${FACTS.partnerId}, transaction TXN-42) of 1250000 VND; ` +
        `escrow ${FACTS.escrowId} expects 1000000 VND and has received 1250000 VND, 250000 VND too much. ` +
        'The escrow is FUNDED with 1000000 VND; the excess 250000 VND is refunded against the payment (OVERPAYMENT).',
    );
    expect(alertFor('UNDERPAID', 600_000n, 500_000n)?.message).toContain('has received 1100000 VND, 100000 VND too much');
  });

  it.each(['FUNDED', 'RELEASED'] as const)('raises a WARNING for a payment to an escrow already %s: the whole payment refunded, the escrow unchanged', (state) => {
    const alert = alertFor(state, 1_000_000n, 50_000n);
    expect(alert).toMatchObject({ severity: 'WARNING', code: 'FUNDING_MISMATCH' });
    expect(alert?.message).toContain(`was paid while no longer awaiting funding: payment ${FACTS.paymentId}`);
    expect(alert?.message).toContain(`expects 1000000 VND and is ${state}. The escrow is unchanged; the whole 50000 VND is refunded against the payment (OVERPAYMENT).`);
  });

  it('keeps every message within the contract (at most 1,000 characters, no personal data but ids and amounts)', () => {
    for (const alert of [alertFor('AWAITING_FUNDING', 0n, 1n), alertFor('AWAITING_FUNDING', 0n, 9_999_999_999n), alertFor('FUNDED', 1_000_000n, 9_999_999_999n)]) {
      expect(validateEventPayload('platform.operator-alert-raised', alert).ok).toBe(true);
      expect(alert?.message.length).toBeLessThanOrEqual(1000);
    }
  });
});
