import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BUSINESS_TIME_ZONE } from '../../reconciliation/domain/business-day';

/** A payment partner's business day that had activity and is not closed yet. */
export interface UnclosedDay {
  partnerId: string;
  /** `YYYY-MM-DD`, Asia/Ho_Chi_Minh. */
  businessDate: string;
}

/**
 * Finds the (partner, business day) pairs in `[from, to)` with any of the reconciliation's activity (the same
 * sources as OurDayLinesReader: payments by `received_at`, SETTLED instructions by `settled_at`, release /
 * partial-refund ledger transactions with a platform fee by `created_at`, attributed to the partner of the
 * escrow's first payment) and no `partner_settlements` row yet; oldest day first, at most `limit`.
 */
@Injectable()
export class DueSettlementDaysReader {
  async unclosed(m: EntityManager, from: Date, to: Date, limit: number): Promise<UnclosedDay[]> {
    const rows = (await m.query(
      `WITH "activity" AS (
         SELECT "partner_id", "received_at" AS "at" FROM "escrow"."payments" WHERE "received_at" >= $1 AND "received_at" < $2
         UNION ALL
         SELECT "partner_id", "settled_at" FROM "escrow"."instructions" WHERE "status" = 'SETTLED' AND "settled_at" >= $1 AND "settled_at" < $2
         UNION ALL
         SELECT (SELECT p."partner_id" FROM "escrow"."payments" p WHERE p."escrow_id" = t."escrow_id" ORDER BY p."received_at", p."id" LIMIT 1), t."created_at"
           FROM "escrow"."ledger_transactions" t
          WHERE t."purpose" IN ('RELEASE', 'PARTIAL_REFUND') AND t."created_at" >= $1 AND t."created_at" < $2
            AND EXISTS (SELECT 1 FROM "escrow"."ledger_entries" e JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
                         WHERE e."transaction_id" = t."id" AND e."side" = 'CREDIT' AND a."type" = 'PLATFORM_FEE_REVENUE' AND e."amount" > 0)
       ), "days" AS (
         SELECT DISTINCT "partner_id", ("at" AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date AS "business_date" FROM "activity" WHERE "partner_id" IS NOT NULL
       )
       SELECT d."partner_id", d."business_date"::text AS "business_date" FROM "days" d
        WHERE NOT EXISTS (SELECT 1 FROM "escrow"."partner_settlements" s WHERE s."partner_id" = d."partner_id" AND s."business_date" = d."business_date")
        ORDER BY d."business_date", d."partner_id"
        LIMIT $3`,
      [from, to, limit],
    )) as Array<{ partner_id: string; business_date: string }>;
    return rows.map((r) => ({ partnerId: r.partner_id, businessDate: r.business_date }));
  }
}
