import { randomUUID } from 'node:crypto';
import { idempotencyKeyOf } from '../../ledger/domain/ledger-transaction';
import { settlementTransactionOf, type SettlingInstruction } from './instruction-settlement';

const base = (over: Partial<SettlingInstruction>): SettlingInstruction => ({
  id: randomUUID(),
  kind: 'PAYOUT',
  partnerId: 'p1',
  amount: 700n,
  orderId: randomUUID(),
  escrowId: randomUUID(),
  sellerId: 'shop-1',
  paymentId: null,
  ...over,
});

describe('settlementTransactionOf', () => {
  it('clears a payout: DEBIT seller payable / CREDIT partner clearing, keyed by the instruction', () => {
    const i = base({});
    const tx = settlementTransactionOf(i);
    expect(tx.idempotencyKey).toBe(idempotencyKeyOf(i.id, 'SETTLE_PAYOUT'));
    expect(tx.purpose).toBe('SETTLE_PAYOUT');
    expect(tx.postings).toEqual([
      { account: { type: 'SELLER_PAYABLE', escrowId: i.escrowId, sellerId: 'shop-1' }, side: 'DEBIT', amount: 700n },
      { account: { type: 'PARTNER_CLEARING', partnerId: 'p1' }, side: 'CREDIT', amount: 700n },
    ]);
  });

  it('clears a refund against the buyer refund payable, or a parked payment never matched against its suspense', () => {
    const refund = base({ kind: 'REFUND', sellerId: null, paymentId: randomUUID() });
    expect(settlementTransactionOf(refund)).toMatchObject({ idempotencyKey: idempotencyKeyOf(refund.id, 'SETTLE_REFUND'), escrowId: refund.escrowId });
    expect(settlementTransactionOf(refund).postings[0].account).toEqual({ type: 'BUYER_REFUND_PAYABLE', escrowId: refund.escrowId });
    const parked = base({ kind: 'REFUND', escrowId: null, orderId: null, sellerId: null, paymentId: randomUUID() });
    expect(settlementTransactionOf(parked).postings[0].account).toEqual({ type: 'SUSPENSE', paymentId: parked.paymentId });
  });

  it('refuses a payout without an escrow or a seller', () => {
    expect(() => settlementTransactionOf(base({ sellerId: null }))).toThrow(/no escrow or seller/);
  });
});
