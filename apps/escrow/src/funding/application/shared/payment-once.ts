import type { EntityManager } from 'typeorm';
import { PaymentRecord } from '../../infrastructure/payment.orm-entity';

/** The payment of a partner's transaction id, if escrow has one. */
export function findPayment(m: EntityManager, key: { partnerId: string; partnerTxnId: string }): Promise<PaymentRecord | null> {
  return m.findOneBy(PaymentRecord, { partnerId: key.partnerId, partnerTxnId: key.partnerTxnId });
}

/**
 * Inserts `payment` unless its (partner, partnerTxnId) is already recorded: the unique constraint decides between
 * duplicates, however many arrive at once (a loser waits for the winner's commit and inserts nothing). Answers
 * null when inserted, else the winner's payment.
 */
export async function insertPaymentOnce(m: EntityManager, payment: PaymentRecord): Promise<PaymentRecord | null> {
  const inserted = await m.createQueryBuilder().insert().into(PaymentRecord).values(payment).orIgnore().returning(['id']).execute();
  if ((inserted.raw as unknown[]).length > 0) return null;
  const winner = await findPayment(m, payment);
  if (!winner) throw new Error(`payment ${payment.partnerTxnId} of partner ${payment.partnerId} conflicted but cannot be read`);
  return winner;
}
