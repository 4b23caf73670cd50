import { ledgerAccountCode } from './ledger-account';
import { LedgerError } from './ledger-error';
import { sidesTotal } from './ledger-transaction';
import { settlePayoutTransaction, settleRefundTransaction } from './settlement-movements';

const base = { instructionId: 'ins-1', partnerId: 'partner-1', orderId: 'order-1' };

function lines(tx: ReturnType<typeof settlePayoutTransaction>): string[] {
  return tx.postings.map((p) => `${p.side} ${ledgerAccountCode(p.account)} ${p.amount}`);
}

describe('settlement movements', () => {
  it('settles a payout: DEBIT seller payable, CREDIT partner clearing, keyed by the instruction', () => {
    const tx = settlePayoutTransaction({ ...base, amount: 980_000n, escrowId: 'esc-1', sellerId: 'shop-1' });
    expect(lines(tx)).toEqual(['DEBIT seller_payable:esc-1 980000', 'CREDIT partner_clearing:partner-1 980000']);
    expect(tx.idempotencyKey).toBe('ins-1:SETTLE_PAYOUT');
    expect(sidesTotal(tx.postings)).toEqual({ debits: 980_000n, credits: 980_000n });
  });

  it('settles an escrow refund from the buyer refund payable', () => {
    const tx = settleRefundTransaction({ ...base, amount: 250_000n, escrowId: 'esc-1', paymentId: 'pay-1' });
    expect(lines(tx)).toEqual(['DEBIT buyer_refund_payable:esc-1 250000', 'CREDIT partner_clearing:partner-1 250000']);
    expect(tx.idempotencyKey).toBe('ins-1:SETTLE_REFUND');
  });

  it('settles a parked payment’s refund (no escrow) from its suspense account', () => {
    const tx = settleRefundTransaction({ ...base, orderId: null, amount: 70_000n, escrowId: null, paymentId: 'pay-9' });
    expect(lines(tx)).toEqual(['DEBIT suspense:pay-9 70000', 'CREDIT partner_clearing:partner-1 70000']);
    expect(tx.escrowId).toBeNull();
  });

  it('refuses a zero amount and a refund with nothing to settle against', () => {
    expect(() => settlePayoutTransaction({ ...base, amount: 0n, escrowId: 'e', sellerId: 's' })).toThrow(LedgerError);
    expect(() => settleRefundTransaction({ ...base, amount: 1n, escrowId: null, paymentId: null })).toThrow(LedgerError);
  });
});
