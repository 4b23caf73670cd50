import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock, toVnd } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { codRemittanceOverdueAlert, type OverdueParcel, overdueCutoff } from '../../domain/cod-overdue';
import { OUTSTANDING_SQL, OWING_SQL } from '../../infrastructure/cod-owing.sql';

/** At most this many parcels are flagged per run (one transaction); the rest are flagged by the next runs. */
export const MAX_OVERDUE_ALERTS_PER_RUN = 500;

interface OverdueRow {
  escrow_id: string;
  order_id: string;
  order_code: string;
  courier_id: string;
  tracking_number: string | null;
  delivered_at: Date;
  expected_amount: string;
  outstanding: string;
}

/**
 * Flags COD cash overdue: every delivered parcel whose courier still owes cash more than
 * COD_REMITTANCE_ALERT_DAYS after delivery and that was never flagged gets `overdue_alerted_at` and one WARNING
 * `platform.operator-alert-raised` (COD_REMITTANCE_OVERDUE), both in the caller's transaction, so a parcel is
 * alerted once, ever (a remittance arriving later does not re-arm it). Parcels are locked `SKIP LOCKED`: one a
 * remittance is funding right now is left for the next run, which sees whether it still owes.
 */
@Injectable()
export class FlagOverdueCodCashUseCase {
  private readonly logger = new Logger(FlagOverdueCodCashUseCase.name);

  constructor(
    private readonly outbox: OutboxWriter,
    private readonly env: EscrowEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Flags the overdue parcels found now; answers how many were alerted. */
  async execute(m: EntityManager): Promise<number> {
    const now = this.clock.now();
    const days = this.env.COD_REMITTANCE_ALERT_DAYS;
    const rows = (await m.query(
      `SELECT p."escrow_id", p."order_id", p."order_code", p."courier_id", p."tracking_number", p."delivered_at",
              p."expected_amount"::text AS "expected_amount", ${OUTSTANDING_SQL}::text AS "outstanding"
         FROM "escrow"."cod_parcels" p
        WHERE ${OWING_SQL} AND p."delivered_at" < $1 AND p."overdue_alerted_at" IS NULL
        ORDER BY p."delivered_at", p."escrow_id" LIMIT $2
        FOR UPDATE OF p SKIP LOCKED`,
      [overdueCutoff(now, days), MAX_OVERDUE_ALERTS_PER_RUN],
    )) as OverdueRow[];
    if (rows.length === 0) return 0;
    await m.query(`UPDATE "escrow"."cod_parcels" SET "overdue_alerted_at" = $1, "updated_at" = $1 WHERE "escrow_id" = ANY($2::uuid[])`, [now, rows.map((r) => r.escrow_id)]);
    for (const r of rows) await this.outbox.record(m, 'platform.operator-alert-raised', codRemittanceOverdueAlert(overdueParcelOf(r), days, randomUUID(), now));
    if (rows.length === MAX_OVERDUE_ALERTS_PER_RUN) this.logger.warn(`flagged ${rows.length} overdue COD parcels, the most per run; the next runs flag the rest`);
    return rows.length;
  }
}

function overdueParcelOf(r: OverdueRow): OverdueParcel {
  return {
    escrowId: r.escrow_id,
    orderId: r.order_id,
    orderCode: r.order_code,
    courierId: r.courier_id,
    trackingNumber: r.tracking_number,
    deliveredAt: new Date(r.delivered_at),
    expected: toVnd(r.expected_amount),
    outstanding: toVnd(r.outstanding),
  };
}
