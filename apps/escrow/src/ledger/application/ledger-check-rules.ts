import { toVnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { LedgerCheckReport } from './ledger-check-report';

/**
 * Account types whose posted balance, on their normal side, must never be negative. Strings, not the
 * `LedgerAccountType` union, so a type the check does not know yet is simply not listed.
 */
export const NEVER_NEGATIVE_ACCOUNT_TYPES: readonly string[] = ['HELD_FUNDS', 'SELLER_PAYABLE', 'BUYER_REFUND_PAYABLE', 'SUSPENSE'];

/**
 * Conservation per escrow, in one statement (one snapshot). Every entry belongs to the escrow of its account, or,
 * for accounts of no escrow (fee revenue, seller receivable, clearing, suspense), to the escrow of its
 * transaction. Per escrow:
 *
 *   funded (credits to HELD_FUNDS) + clawed back (debits to SELLER_RECEIVABLE and PLATFORM_FEE_REVENUE)
 *     = released (credits to SELLER_PAYABLE and PLATFORM_FEE_REVENUE) + refunded (credits to BUYER_REFUND_PAYABLE)
 *       + still held (HELD_FUNDS credits − debits)
 *
 * A claw-back brings money back from the seller (their receivable) and from the platform (its fee share returned,
 * a debit to fee revenue) and credits all of it to the buyer, so both debits count as clawed back.
 *
 * Payouts and refund settlements debit the payables and do not enter it. Only POSTED transactions count (money in
 * flight is still where it was). Answers the escrows that break it.
 */
export const CONSERVATION_SQL = `
  WITH "attributed" AS (
    SELECT coalesce(a."escrow_id", t."escrow_id") AS "escrow_id", a."type", e."side", e."amount"
      FROM "escrow"."ledger_entries" e
      JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
      JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id" AND t."status" = 'POSTED'
     WHERE a."type" IN ('HELD_FUNDS', 'SELLER_RECEIVABLE', 'SELLER_PAYABLE', 'PLATFORM_FEE_REVENUE', 'BUYER_REFUND_PAYABLE')
  ), "flows" AS (
    SELECT "escrow_id",
           coalesce(sum("amount") FILTER (WHERE "type" = 'HELD_FUNDS' AND "side" = 'CREDIT'), 0) AS "funded",
           coalesce(sum("amount") FILTER (WHERE "type" = 'HELD_FUNDS' AND "side" = 'DEBIT'), 0) AS "held_out",
           coalesce(sum("amount") FILTER (WHERE "type" IN ('SELLER_RECEIVABLE', 'PLATFORM_FEE_REVENUE') AND "side" = 'DEBIT'), 0) AS "clawed_back",
           coalesce(sum("amount") FILTER (WHERE "type" IN ('SELLER_PAYABLE', 'PLATFORM_FEE_REVENUE') AND "side" = 'CREDIT'), 0) AS "released",
           coalesce(sum("amount") FILTER (WHERE "type" = 'BUYER_REFUND_PAYABLE' AND "side" = 'CREDIT'), 0) AS "refunded"
      FROM "attributed" WHERE "escrow_id" IS NOT NULL GROUP BY "escrow_id"
  )
  SELECT f."escrow_id", x."order_id", f."funded"::text AS "funded", f."clawed_back"::text AS "clawed_back", f."released"::text AS "released",
         f."refunded"::text AS "refunded", (f."funded" - f."held_out")::text AS "held"
    FROM "flows" f LEFT JOIN "escrow"."escrows" x ON x."id" = f."escrow_id"
   WHERE f."funded" + f."clawed_back" <> f."released" + f."refunded" + (f."funded" - f."held_out")
   ORDER BY f."escrow_id"`;

/** Accounts of the never-negative types whose posted balance on their normal side is below zero. */
export const NEGATIVE_BALANCE_SQL = `
  SELECT a."id", a."code", a."type", a."escrow_id", x."order_id", b."balance"::text AS "balance"
    FROM "escrow"."ledger_accounts" a
    CROSS JOIN LATERAL (SELECT CASE WHEN a."normal_side" = 'DEBIT' THEN a."posted_debits" - a."posted_credits"
                                    ELSE a."posted_credits" - a."posted_debits" END AS "balance") b
    LEFT JOIN "escrow"."escrows" x ON x."id" = a."escrow_id"
   WHERE a."type" = ANY($1) AND b."balance" < 0
   ORDER BY a."code"`;

/** The escrows whose money is not conserved (see {@link CONSERVATION_SQL}). */
export async function findConservationBreaks(manager: EntityManager): Promise<LedgerCheckReport['conservationBroken']> {
  const rows = (await manager.query(CONSERVATION_SQL)) as Array<{
    escrow_id: string;
    order_id: string | null;
    funded: string;
    clawed_back: string;
    released: string;
    refunded: string;
    held: string;
  }>;
  return rows.map((r) => ({
    escrowId: r.escrow_id,
    orderId: r.order_id,
    funded: toVnd(r.funded),
    clawedBack: toVnd(r.clawed_back),
    released: toVnd(r.released),
    refunded: toVnd(r.refunded),
    held: toVnd(r.held),
  }));
}

/** The accounts of {@link NEVER_NEGATIVE_ACCOUNT_TYPES} with a negative posted balance. */
export async function findNegativeBalances(manager: EntityManager): Promise<LedgerCheckReport['negativeBalances']> {
  const rows = (await manager.query(NEGATIVE_BALANCE_SQL, [NEVER_NEGATIVE_ACCOUNT_TYPES])) as Array<{
    id: string;
    code: string;
    type: string;
    escrow_id: string | null;
    order_id: string | null;
    balance: string;
  }>;
  return rows.map((r) => ({ id: r.id, code: r.code, type: r.type, escrowId: r.escrow_id, orderId: r.order_id, balance: toVnd(r.balance) }));
}
