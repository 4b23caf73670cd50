import type { Vnd } from '@trustcircle/kernel';
import { settlePayoutTransaction, settleRefundTransaction } from '../../ledger/domain/settlement-movements';
import type { LedgerTransaction } from '../../ledger/domain/ledger-transaction';

/** What of an instruction its settlement movement needs. */
export interface SettlingInstruction {
  id: string;
  kind: 'PAYOUT' | 'REFUND';
  partnerId: string;
  amount: Vnd;
  orderId: string | null;
  escrowId: string | null;
  sellerId: string | null;
  paymentId: string | null;
}

/**
 * The ledger movement of an instruction's settlement, keyed by the instruction: a payout clears the seller payable
 * against the partner's clearing account, a refund the buyer refund payable (or a never-matched parked payment's
 * suspense). Posted PENDING while the instruction is with the partner, posted for good when it settles.
 */
export function settlementTransactionOf(i: SettlingInstruction): LedgerTransaction {
  const settled = { instructionId: i.id, partnerId: i.partnerId, amount: i.amount, orderId: i.orderId };
  if (i.kind === 'PAYOUT') {
    if (i.escrowId === null || i.sellerId === null) throw new Error(`payout instruction ${i.id} has no escrow or seller`);
    return settlePayoutTransaction({ ...settled, escrowId: i.escrowId, sellerId: i.sellerId });
  }
  return settleRefundTransaction({ ...settled, escrowId: i.escrowId, paymentId: i.paymentId });
}
