import { Injectable } from '@nestjs/common';
import { toVnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { CodLineRefusal } from '../../cod/infrastructure/cod-remittance.orm-entity';
import type { BusinessDay } from '../../reconciliation/domain/business-day';
import { type AgeBucketSum, ageBucketCutoffs } from '../domain/cod-age-buckets';
import type { CodParcelFacts, CodRemittanceBatch, OldestUnremitted } from '../domain/cod-reconciliation-report';
import { OUTSTANDING_SQL, OWING_SQL } from './cod-owing.sql';

interface ParcelRow {
  escrow_id: string;
  order_id: string;
  order_code: string;
  tracking_number: string | null;
  expected_amount: string;
  collected_amount: string | null;
  remitted_amount: string;
  delivered_at: Date;
}

interface BatchRow {
  id: string;
  remittance_id: string;
  bank_reference: string;
  transferred_at: Date;
  received_at: Date;
  total_amount: string;
  funded_amount: string;
  refused_amount: string;
  line_count: number;
}

interface RefusedLineRow {
  remittance_row_id: string;
  line_no: number;
  tracking_number: string;
  amount: string;
  refusal_reason: CodLineRefusal;
}

/**
 * Reads a courier's COD facts from escrow's parcels and remittance batches: the parcels delivered in a business
 * day (`cod_parcels_courier_delivered_idx`), the batches received that day with their refused lines, and the
 * cash still owed on any day aggregated by age bucket in SQL (`cod_parcels_unremitted_idx`), so a courier with a
 * large backlog is summed by the database, not loaded.
 */
@Injectable()
export class CodReconciliationReader {
  async deliveredOn(m: EntityManager, courierId: string, day: BusinessDay): Promise<CodParcelFacts[]> {
    const rows = (await m.query(
      `SELECT p."escrow_id", p."order_id", p."order_code", p."tracking_number", p."expected_amount"::text AS "expected_amount",
              p."collected_amount"::text AS "collected_amount", p."remitted_amount"::text AS "remitted_amount", p."delivered_at"
         FROM "escrow"."cod_parcels" p
        WHERE p."courier_id" = $1 AND p."delivered_at" >= $2 AND p."delivered_at" < $3
        ORDER BY p."delivered_at", p."order_id"`,
      [courierId, day.from, day.to],
    )) as ParcelRow[];
    return rows.map((r) => ({
      escrowId: r.escrow_id,
      orderId: r.order_id,
      orderCode: r.order_code,
      trackingNumber: r.tracking_number,
      expected: toVnd(r.expected_amount),
      collected: r.collected_amount === null ? null : toVnd(r.collected_amount),
      remitted: toVnd(r.remitted_amount),
      deliveredAt: new Date(r.delivered_at),
    }));
  }

  async batchesReceivedOn(m: EntityManager, courierId: string, day: BusinessDay): Promise<CodRemittanceBatch[]> {
    const batches = (await m.query(
      `SELECT "id", "remittance_id", "bank_reference", "transferred_at", "received_at", "total_amount"::text AS "total_amount",
              "funded_amount"::text AS "funded_amount", "refused_amount"::text AS "refused_amount", "line_count"
         FROM "escrow"."cod_remittances"
        WHERE "courier_id" = $1 AND "received_at" >= $2 AND "received_at" < $3
        ORDER BY "received_at", "id"`,
      [courierId, day.from, day.to],
    )) as BatchRow[];
    if (batches.length === 0) return [];
    const refused = (await m.query(
      `SELECT "remittance_row_id", "line_no", "tracking_number", "amount"::text AS "amount", "refusal_reason"
         FROM "escrow"."cod_remittance_lines"
        WHERE "remittance_row_id" = ANY($1::uuid[]) AND "outcome" = 'REFUSED'
        ORDER BY "remittance_row_id", "line_no"`,
      [batches.map((b) => b.id)],
    )) as RefusedLineRow[];
    return batches.map((b) => ({
      id: b.id,
      remittanceId: b.remittance_id,
      bankReference: b.bank_reference,
      transferredAt: new Date(b.transferred_at),
      receivedAt: new Date(b.received_at),
      total: toVnd(b.total_amount),
      funded: toVnd(b.funded_amount),
      refused: toVnd(b.refused_amount),
      lineCount: b.line_count,
      refusedLines: refused
        .filter((l) => l.remittance_row_id === b.id)
        .map((l) => ({ lineNo: l.line_no, trackingNumber: l.tracking_number, amount: toVnd(l.amount), reason: l.refusal_reason })),
    }));
  }

  /** The courier's cash still owed, any day, summed per age bucket as of `now`. */
  async owedByAge(m: EntityManager, courierId: string, now: Date): Promise<AgeBucketSum[]> {
    const cutoffs = ageBucketCutoffs(now);
    const bucket = cutoffs.map((_c, i) => `WHEN p."delivered_at" > $${i + 2} THEN ${i}`).join(' ');
    const rows = (await m.query(
      `SELECT b."index", count(*)::int AS "parcel_count", sum(b."outstanding")::text AS "amount"
         FROM (SELECT CASE ${bucket} ELSE ${cutoffs.length} END AS "index", ${OUTSTANDING_SQL} AS "outstanding"
                 FROM "escrow"."cod_parcels" p WHERE p."courier_id" = $1 AND ${OWING_SQL}) b
        GROUP BY b."index"`,
      [courierId, ...cutoffs],
    )) as Array<{ index: number; parcel_count: number; amount: string }>;
    return rows.map((r) => ({ index: r.index, parcelCount: r.parcel_count, amount: toVnd(r.amount) }));
  }

  /** The courier's parcel owing cash for the longest time (earliest delivery), or null. */
  async oldestOwed(m: EntityManager, courierId: string): Promise<OldestUnremitted | null> {
    const rows = (await m.query(
      `SELECT p."escrow_id", p."order_id", p."order_code", p."tracking_number", p."delivered_at", ${OUTSTANDING_SQL}::text AS "outstanding"
         FROM "escrow"."cod_parcels" p WHERE p."courier_id" = $1 AND ${OWING_SQL}
        ORDER BY p."delivered_at", p."order_id" LIMIT 1`,
      [courierId],
    )) as Array<{ escrow_id: string; order_id: string; order_code: string; tracking_number: string | null; delivered_at: Date; outstanding: string }>;
    if (rows.length === 0) return null;
    const r = rows[0];
    return { escrowId: r.escrow_id, orderId: r.order_id, orderCode: r.order_code, trackingNumber: r.tracking_number, deliveredAt: new Date(r.delivered_at), outstanding: toVnd(r.outstanding) };
  }
}
