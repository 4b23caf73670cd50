/**
 * The escrow ledger's chart of accounts.
 *
 * SIGN CONVENTION. Every account stores two non-negative totals per phase (posted / pending): `debits` and
 * `credits`. Nothing is ever stored as a signed balance. Posted totals only ever grow; pending totals hold the
 * amounts of PENDING transactions not resolved yet, so they grow when one is posted and shrink when it is posted
 * for good (its amounts move to the posted totals) or voided (they leave): they are not monotonic. Each account type has a NORMAL side, and
 * its balance is reported as a signed number on that side:
 *
 *  - debit-normal (assets: money the platform is owed / holds at a partner): balance = debits − credits
 *      PARTNER_CLEARING   – money received through a payment partner, not yet paid out or refunded by it.
 *  - credit-normal (liabilities and revenue: what the platform owes someone / has earned): balance = credits − debits
 *      HELD_FUNDS           – the buyer's money held by one escrow. NEVER negative (checked in code and in the DB).
 *      SELLER_PAYABLE       – owed to the seller of one escrow (released, not yet paid out).
 *      BUYER_REFUND_PAYABLE – owed back to the buyer of one escrow (refunded, not yet settled).
 *      PLATFORM_FEE_REVENUE – fees earned on release (one platform-wide account); a claw-back debits its fee share.
 *      SUSPENSE             – a payment received before its order was known (per payment): matched into held
 *                             funds when the order arrives, or refunded. NEVER negative.
 *  - debit-normal as well:
 *      SELLER_RECEIVABLE    – a claw-back's seller share a seller owes (per marketplace seller), recovered from later payouts.
 *
 * So funding is DEBIT partner clearing / CREDIT held; release is DEBIT held / CREDIT seller payable + fee revenue;
 * refund is DEBIT held / CREDIT buyer refund payable.
 */
export const LEDGER_ACCOUNT_TYPES = ['PARTNER_CLEARING', 'HELD_FUNDS', 'SELLER_PAYABLE', 'BUYER_REFUND_PAYABLE', 'PLATFORM_FEE_REVENUE', 'SUSPENSE', 'SELLER_RECEIVABLE'] as const;
export type LedgerAccountType = (typeof LEDGER_ACCOUNT_TYPES)[number];

export type LedgerSide = 'DEBIT' | 'CREDIT';

/** The side on which each account type's balance is positive. */
export const NORMAL_SIDE: Readonly<Record<LedgerAccountType, LedgerSide>> = {
  PARTNER_CLEARING: 'DEBIT',
  HELD_FUNDS: 'CREDIT',
  SELLER_PAYABLE: 'CREDIT',
  BUYER_REFUND_PAYABLE: 'CREDIT',
  PLATFORM_FEE_REVENUE: 'CREDIT',
  SUSPENSE: 'CREDIT',
  SELLER_RECEIVABLE: 'DEBIT',
};

/** Identifies one account by what it is about; `ledgerAccountCode` turns it into the unique account code. */
export type LedgerAccountRef =
  | { type: 'PARTNER_CLEARING'; partnerId: string }
  | { type: 'HELD_FUNDS'; escrowId: string }
  | { type: 'SELLER_PAYABLE'; escrowId: string; sellerId: string }
  | { type: 'BUYER_REFUND_PAYABLE'; escrowId: string }
  | { type: 'PLATFORM_FEE_REVENUE' }
  | { type: 'SUSPENSE'; paymentId: string }
  | { type: 'SELLER_RECEIVABLE'; marketplaceId: string; sellerId: string };

/** The stable, unique code of an account (also the order in which accounts are locked). */
export function ledgerAccountCode(ref: LedgerAccountRef): string {
  switch (ref.type) {
    case 'PARTNER_CLEARING':
      return `partner_clearing:${ref.partnerId}`;
    case 'HELD_FUNDS':
      return `held_funds:${ref.escrowId}`;
    case 'SELLER_PAYABLE':
      return `seller_payable:${ref.escrowId}`;
    case 'BUYER_REFUND_PAYABLE':
      return `buyer_refund_payable:${ref.escrowId}`;
    case 'PLATFORM_FEE_REVENUE':
      return 'platform_fee_revenue';
    case 'SUSPENSE':
      return `suspense:${ref.paymentId}`;
    case 'SELLER_RECEIVABLE':
      return `seller_receivable:${ref.marketplaceId}:${ref.sellerId}`;
  }
}

/** The escrow an account belongs to, if any. */
export function escrowIdOf(ref: LedgerAccountRef): string | null {
  return 'escrowId' in ref ? ref.escrowId : null;
}

/** The partner an account belongs to, if any: the payment partner of a clearing account, the marketplace of a receivable. */
export function partnerIdOf(ref: LedgerAccountRef): string | null {
  if ('partnerId' in ref) return ref.partnerId;
  if ('marketplaceId' in ref) return ref.marketplaceId;
  return null;
}
