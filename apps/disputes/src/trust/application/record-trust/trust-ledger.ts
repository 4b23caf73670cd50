import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { subjectsOf, type TrustSubject } from '../../domain/merchant-id';
import { vnDay } from '../../domain/trust-days';
import { trustEffectOfMove } from '../../domain/trust-effects';
import type { TrustCounts } from '../../domain/trust-score';

/** The counter columns of `trust_daily`, by count. */
const COLUMNS: { readonly [K in keyof TrustCounts]: string } = {
  orders: 'orders',
  disputesOpened: 'disputes_opened',
  answerable: 'answerable',
  answeredInTime: 'answered_in_time',
  defaultJudgmentsLost: 'default_judgments_lost',
  resolved: 'resolved',
};

/** What the ledger needs of a dispute. */
export interface TrustDisputeFacts {
  id: string;
  marketplaceId: string;
  sellerId: string;
  openedAt: Date;
}

/**
 * Keeps the trust read model incrementally, inside the caller's transaction (the one that applies the event or
 * the dispute's move, so a rolled-back change counts nothing and an event the inbox skips counts nothing again):
 * each fact adds to the counters of its Vietnamese day (`INSERT … ON CONFLICT DO UPDATE SET x = x + n`) for the
 * marketplace and for the merchant, in that order (one lock order for every writer). No history is ever re-read.
 */
@Injectable()
export class TrustLedger {
  /** An order placed (counted on the day it was placed). The caller counts each order once. */
  async orderPlaced(m: EntityManager, order: { marketplaceId: string; sellerId: string; placedAt: Date }): Promise<void> {
    await this.add(m, subjectsOf(order.marketplaceId, order.sellerId), vnDay(order.placedAt), { orders: 1 });
  }

  /** A dispute opened at `at`. */
  async disputeOpened(m: EntityManager, dispute: TrustDisputeFacts, at: Date): Promise<void> {
    await this.add(m, subjectsOf(dispute.marketplaceId, dispute.sellerId), vnDay(at), { disputesOpened: 1 });
  }

  /** A dispute moved from `from` to `to` by `trigger` at `at`: what it settles (see `trustEffectOfMove`). */
  async disputeMoved(m: EntityManager, dispute: TrustDisputeFacts, move: { from: string; to: string; trigger: string }, at: Date): Promise<void> {
    const effect = trustEffectOfMove(move.from, move.to, move.trigger);
    const counts: Partial<TrustCounts> = {};
    if (effect.answer) counts.answerable = 1;
    if (effect.answer === 'IN_TIME') counts.answeredInTime = 1;
    if (effect.answer === 'DEFAULT_JUDGMENT') counts.defaultJudgmentsLost = 1;
    if (effect.settled) counts.resolved = 1;
    if (Object.keys(counts).length === 0) return;
    const subjects = subjectsOf(dispute.marketplaceId, dispute.sellerId);
    const day = vnDay(at);
    await this.add(m, subjects, day, counts);
    if (effect.settled) await this.settled(m, subjects, dispute, day, Math.max(0, Math.floor((at.getTime() - dispute.openedAt.getTime()) / 1000)));
  }

  private async add(m: EntityManager, subjects: readonly TrustSubject[], day: string, counts: Partial<TrustCounts>): Promise<void> {
    const keys = Object.keys(counts) as Array<keyof TrustCounts>;
    const columns = keys.map((k) => `"${COLUMNS[k]}"`);
    const params: unknown[] = [];
    const rows = subjects.map((s) => {
      const values = [s.kind, s.id, day, ...keys.map((k) => counts[k])];
      const first = params.length;
      params.push(...values);
      return `(${values.map((_, i) => `$${first + i + 1}`).join(', ')})`;
    });
    await m.query(
      `INSERT INTO "disputes"."trust_daily" ("subject_kind", "subject_id", "day", ${columns.join(', ')}) VALUES ${rows.join(', ')}
       ON CONFLICT ("subject_kind", "subject_id", "day") DO UPDATE SET ${columns.map((c) => `${c} = "trust_daily".${c} + EXCLUDED.${c}`).join(', ')}`,
      params,
    );
  }

  /** The settled dispute's duration, once per subject (a dispute settles once; the key makes a replay a no-op). */
  private async settled(m: EntityManager, subjects: readonly TrustSubject[], dispute: TrustDisputeFacts, day: string, seconds: number): Promise<void> {
    const params = subjects.flatMap((s) => [s.kind, s.id, dispute.id, day, seconds]);
    await m.query(
      `INSERT INTO "disputes"."trust_resolutions" ("subject_kind", "subject_id", "dispute_id", "resolved_day", "duration_seconds")
       VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      params,
    );
  }
}
