import type { RefundReason, RefundType, ReleaseReason } from '@trustcircle/contracts';
import { type Vnd, vndToWire } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { DocumentedOutbox } from '../../../documents/application/issue-document/documented-outbox';
import { releaseSplit } from '../../../ledger/domain/money-movements';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';

/** Records `escrow.escrow-released` for `amount` released to the seller (the fee split as the ledger takes it), with its signed receipt. */
export async function recordReleased(
  outbox: DocumentedOutbox,
  m: EntityManager,
  escrow: EscrowRecord,
  r: { amount: Vnd; reason: ReleaseReason; afterPartialRefund: boolean; disputeId: string | null; at: Date },
): Promise<void> {
  const split = releaseSplit(r.amount, escrow.feeBps);
  await outbox.record(m, 'escrow.escrow-released', {
    orderId: escrow.orderId,
    escrowId: escrow.id,
    amount: vndToWire(r.amount),
    feeAmount: vndToWire(split.fee),
    sellerAmount: vndToWire(split.seller),
    feeBps: escrow.feeBps,
    reason: r.reason,
    afterPartialRefund: r.afterPartialRefund,
    disputeId: r.disputeId,
    releasedAt: r.at.toISOString(),
  });
}

/** Records `escrow.escrow-refunded` for `amount` refunded to the buyer, with its signed receipt. */
export async function recordRefunded(
  outbox: DocumentedOutbox,
  m: EntityManager,
  escrow: EscrowRecord,
  r: { refundType: RefundType; amount: Vnd; reason: RefundReason; disputeId: string | null; at: Date },
): Promise<void> {
  await outbox.record(m, 'escrow.escrow-refunded', {
    orderId: escrow.orderId,
    escrowId: escrow.id,
    refundType: r.refundType,
    amount: vndToWire(r.amount),
    reason: r.reason,
    disputeId: r.disputeId,
    refundedAt: r.at.toISOString(),
  });
}
