import { Injectable } from '@nestjs/common';
import { toVnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { CodRemittanceLineRecord, CodRemittanceRecord } from '../../infrastructure/cod-remittance.orm-entity';
import type { CodRemittanceAnswer } from './cod-remittance-answer';

/** A batch recorded before: its fingerprint (to tell a repeat from a conflict) and its answer. */
export interface RecordedRemittance {
  fingerprint: string;
  answer: CodRemittanceAnswer;
}

/** Reads and writes remittance batches and their lines (`escrow.cod_remittances`, `escrow.cod_remittance_lines`). */
@Injectable()
export class CodRemittanceStore {
  /** The courier's batch with this remittanceId, with its answer rebuilt from what was stored; null if none. */
  async find(m: EntityManager, courierId: string, remittanceId: string): Promise<RecordedRemittance | null> {
    const batch = await m.findOneBy(CodRemittanceRecord, { courierId, remittanceId });
    if (!batch) return null;
    const lines = (await m.query(
      `SELECT l."line_no", l."tracking_number", l."amount"::text AS "amount", l."outcome", l."refusal_reason", e."order_code"
         FROM "escrow"."cod_remittance_lines" l LEFT JOIN "escrow"."escrows" e ON e."id" = l."escrow_id" AND l."outcome" = 'FUNDED'
        WHERE l."remittance_row_id" = $1 ORDER BY l."line_no"`,
      [batch.id],
    )) as Array<{ line_no: number; tracking_number: string; amount: string; outcome: 'FUNDED' | 'REFUSED'; refusal_reason: CodRemittanceLineRecord['refusalReason']; order_code: string | null }>;
    return {
      fingerprint: batch.fingerprint,
      answer: {
        remittanceId: batch.remittanceId,
        courierId: batch.courierId,
        totalAmount: batch.totalAmount,
        fundedAmount: batch.fundedAmount,
        refusedAmount: batch.refusedAmount,
        lines: lines.map((l) => ({ lineNo: l.line_no, trackingNumber: l.tracking_number, amount: toVnd(l.amount), outcome: l.outcome, reason: l.refusal_reason, orderCode: l.order_code })),
      },
    };
  }

  /**
   * Serialises everything about one (courier, remittanceId) for the rest of the transaction (an advisory lock):
   * taken first, before any escrow lock, so concurrent identical posts run one after the other and every later
   * one finds the first's batch.
   */
  async lockBatchId(m: EntityManager, courierId: string, remittanceId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`cod-remittance:${courierId}:${remittanceId}`]);
  }

  async insert(m: EntityManager, batch: CodRemittanceRecord, lines: CodRemittanceLineRecord[]): Promise<void> {
    await m.insert(CodRemittanceRecord, batch);
    for (let i = 0; i < lines.length; i += 500) await m.insert(CodRemittanceLineRecord, lines.slice(i, i + 500));
  }
}
