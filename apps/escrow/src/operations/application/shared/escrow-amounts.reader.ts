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
  /** Released from the escrow (seller's part + fee). */
  released: Vnd;
  /** The platform fee taken on release. */
  fee: Vnd;
  /** Credited to the buyer's refund payable (refunds and claw-backs). */
  refunded: Vnd;
  /** Of which from claw-backs. */
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
    const [row] = (await m.query(
      `SELECT
         (SELECT coalesce(sum("amount"), 0) FROM "escrow"."payments" WHERE "escrow_id" = $1)::text AS "paid",
         (SELECT coalesce(sum(CASE WHEN e."side" = 'CREDIT' THEN e."amount" ELSE -e."amount" END), 0)
            FROM "escrow"."ledger_entries" e
            JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id"
            JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
           WHERE t."escrow_id" = $1 AND a."type" = 'PLATFORM_FEE_REVENUE')::text AS "fee",
         (SELECT coalesce(sum("amount"), 0) FROM "escrow"."manual_actions" WHERE "escrow_id" = $1 AND "kind" = 'CLAWBACK' AND "status" = 'APPROVED')::text AS "clawed"`,
      [escrow.id],
    )) as Array<{ paid: string; fee: string; clawed: string }>;
    const fee = toVnd(row.fee);
    const releasedToSeller = sellerPayable?.totals.postedCredits ?? 0n;
    return {
      expected: escrow.expectedAmount,
      paid: toVnd(row.paid),
      heldNow: held?.posted ?? 0n,
      released: releasedToSeller + fee,
      fee,
      refunded: refundPayable?.totals.postedCredits ?? 0n,
      clawedBack: toVnd(row.clawed),
      releasedToSeller,
      paidOut: sellerPayable?.totals.postedDebits ?? 0n,
    };
  }
}
