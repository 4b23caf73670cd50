import { Injectable } from '@nestjs/common';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { BusinessDay } from '../domain/business-day';
import type { LineKind, OurLine } from '../domain/reconciliation-line';

interface PaymentRow {
  id: string;
  partner_txn_id: string;
  order_id: string | null;
  amount: string;
  received_at: Date;
}

interface InstructionRow {
  id: string;
  kind: Exclude<LineKind, 'PAYMENT'>;
  order_id: string | null;
  amount: string;
  partner_reference: string | null;
  original_partner_txn_id: string | null;
  settled_at: Date;
}

/**
 * Reads escrow's lines and fees with a payment partner on a business day:
 * - payments the partner reported, by `received_at` (every payment, parked or matched);
 * - instructions of the partner in status SETTLED, by `settled_at` (the partner's settlement time);
 * - the fee: PLATFORM_FEE_REVENUE credits of RELEASE / PARTIAL_REFUND ledger transactions posted that day, for
 *   escrows whose first payment (earliest received) came through this partner.
 */
@Injectable()
export class OurDayLinesReader {
  async lines(m: EntityManager, partnerId: string, day: BusinessDay): Promise<OurLine[]> {
    const [payments, instructions] = [await this.payments(m, partnerId, day), await this.instructions(m, partnerId, day)];
    return [...payments, ...instructions].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }

  async feeAmount(m: EntityManager, partnerId: string, day: BusinessDay): Promise<Vnd> {
    const [{ fee }] = (await m.query(
      `SELECT coalesce(sum(e."amount"), 0)::text AS "fee"
         FROM "escrow"."ledger_transactions" t
         JOIN "escrow"."ledger_entries" e ON e."transaction_id" = t."id" AND e."side" = 'CREDIT'
         JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id" AND a."type" = 'PLATFORM_FEE_REVENUE'
        WHERE t."purpose" IN ('RELEASE', 'PARTIAL_REFUND')
          AND t."created_at" >= $2 AND t."created_at" < $3
          AND (SELECT p."partner_id" FROM "escrow"."payments" p WHERE p."escrow_id" = t."escrow_id"
                ORDER BY p."received_at", p."id" LIMIT 1) = $1`,
      [partnerId, day.from, day.to],
    )) as Array<{ fee: string }>;
    return toVnd(fee);
  }

  private async payments(m: EntityManager, partnerId: string, day: BusinessDay): Promise<OurLine[]> {
    const rows = (await m.query(
      `SELECT "id", "partner_txn_id", "order_id", "amount"::text AS "amount", "received_at"
         FROM "escrow"."payments" WHERE "partner_id" = $1 AND "received_at" >= $2 AND "received_at" < $3`,
      [partnerId, day.from, day.to],
    )) as PaymentRow[];
    return rows.map((r) => ({
      kind: 'PAYMENT',
      id: r.id,
      reference: r.partner_txn_id,
      partnerReference: null,
      originalPartnerTxnId: null,
      orderId: r.order_id,
      amount: toVnd(r.amount),
      occurredAt: new Date(r.received_at),
    }));
  }

  private async instructions(m: EntityManager, partnerId: string, day: BusinessDay): Promise<OurLine[]> {
    const rows = (await m.query(
      `SELECT "id", "kind", "order_id", "amount"::text AS "amount", "partner_reference", "original_partner_txn_id", "settled_at"
         FROM "escrow"."instructions"
        WHERE "partner_id" = $1 AND "status" = 'SETTLED' AND "settled_at" >= $2 AND "settled_at" < $3`,
      [partnerId, day.from, day.to],
    )) as InstructionRow[];
    return rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      reference: r.id,
      partnerReference: r.partner_reference,
      originalPartnerTxnId: r.original_partner_txn_id,
      orderId: r.order_id,
      amount: toVnd(r.amount),
      occurredAt: new Date(r.settled_at),
    }));
  }
}
