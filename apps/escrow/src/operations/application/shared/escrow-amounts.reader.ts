import { Injectable } from '@nestjs/common';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../../../ledger/application/ledger.service';

/** An escrow's money, from its ledger accounts and its payments (whole VND). */
export interface EscrowAmounts {
  /** What the order costs. */
  expected: Vnd;
  /** What payment partners reported as paid for it. */
  paid: Vnd;
  /** Held by the escrow now. */
  heldNow: Vnd;
  /** Released from the escrow, gross (seller's part + fee): what claw-backs may take back in all. */
  released: Vnd;
  /** The platform fee taken on release (claw-backs returning part of it are left out: see `feeReturned`). */
  fee: Vnd;
  /** Of `fee`, returned by the platform in claw-backs (debited from fee revenue by CLAWBACK transactions). */
  feeReturned: Vnd;
  /** Credited to the buyer's refund payable (refunds and claw-backs). */
  refunded: Vnd;
  /** Of which from claw-backs: their whole amounts (seller's and platform's shares), as posted in the ledger. */
  clawedBack: Vnd;
  /** Credited to the seller's payable (the seller's part of the release). */
  releasedToSeller: Vnd;
  /** Debited from the seller's payable (payouts settled, claw-back recoveries). */
  paidOut: Vnd;
}

/** Reads an escrow's amounts (in the caller's transaction if given). */
@Injectable()
export class EscrowAmountsReader {
  constructor(private readonly ledger: LedgerService) {}

  async of(m: EntityManager, escrow: EscrowRecord): Promise<EscrowAmounts> {
    const held = await this.ledger.balancesOf({ type: 'HELD_FUNDS', escrowId: escrow.id }, m);
    const sellerPayable = await this.ledger.balancesOf({ type: 'SELLER_PAYABLE', escrowId: escrow.id, sellerId: escrow.sellerId }, m);
    const refundPayable = await this.ledger.balancesOf({ type: 'BUYER_REFUND_PAYABLE', escrowId: escrow.id }, m);
    // From the escrow's POSTED transactions: the fee taken (net, claw-backs left out), the fee claw-backs returned, and
    // what claw-backs credited to the buyer. Claw-backs are counted from the ledger, not from approved manual actions,
    // so the action being approved (already marked APPROVED in the same transaction) is not counted before it posts.
    const [row] = (await m.query(
      `SELECT
         (SELECT coalesce(sum("amount"), 0) FROM "escrow"."payments" WHERE "escrow_id" = $1)::text AS "paid",
         coalesce(sum(CASE WHEN e."side" = 'CREDIT' THEN e."amount" ELSE -e."amount" END)
                    FILTER (WHERE a."type" = 'PLATFORM_FEE_REVENUE' AND t."purpose" <> 'CLAWBACK'), 0)::text AS "fee",
         coalesce(sum(CASE WHEN e."side" = 'DEBIT' THEN e."amount" ELSE -e."amount" END)
                    FILTER (WHERE a."type" = 'PLATFORM_FEE_REVENUE' AND t."purpose" = 'CLAWBACK'), 0)::text AS "fee_returned",
         coalesce(sum(e."amount") FILTER (WHERE a."type" = 'BUYER_REFUND_PAYABLE' AND e."side" = 'CREDIT' AND t."purpose" = 'CLAWBACK'), 0)::text AS "clawed"
         FROM "escrow"."ledger_entries" e
         JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id" AND t."status" = 'POSTED'
         JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
        WHERE t."escrow_id" = $1`,
      [escrow.id],
    )) as Array<{ paid: string; fee: string; fee_returned: string; clawed: string }>;
    const fee = toVnd(row.fee);
    const releasedToSeller = sellerPayable?.totals.postedCredits ?? 0n;
    return {
      expected: escrow.expectedAmount,
      paid: toVnd(row.paid),
      heldNow: held?.posted ?? 0n,
      released: releasedToSeller + fee,
      fee,
      feeReturned: toVnd(row.fee_returned),
      refunded: refundPayable?.totals.postedCredits ?? 0n,
      clawedBack: toVnd(row.clawed),
      releasedToSeller,
      paidOut: sellerPayable?.totals.postedDebits ?? 0n,
    };
  }
}
