import type { EntityManager } from 'typeorm';
import { EscrowRecord } from '../../escrow/infrastructure/escrow.orm-entity';

/** The order a buyer token opens: its id and code. */
export interface BuyerOrderGrant {
  orderId: string;
  orderCode: string;
}

/** The buyer's escrow, when it is theirs (`not-found` otherwise) and cash on delivery (`not-cod` otherwise). */
export type BuyerCodEscrow = { kind: 'found'; escrow: EscrowRecord } | { kind: 'not-found' } | { kind: 'not-cod' };

/**
 * The escrow of `orderCode` if the buyer token opens that order (another order's code is not found, never told
 * apart from an unknown one), locked for the rest of the transaction with `lock`.
 */
export async function buyerCodEscrow(m: EntityManager, orderCode: string, grant: BuyerOrderGrant, lock: boolean): Promise<BuyerCodEscrow> {
  if (grant.orderCode !== orderCode) return { kind: 'not-found' };
  const escrow = await m.findOne(EscrowRecord, { where: { orderId: grant.orderId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!escrow || escrow.orderCode !== orderCode) return { kind: 'not-found' };
  return escrow.paymentMethod === 'COD' ? { kind: 'found', escrow } : { kind: 'not-cod' };
}
