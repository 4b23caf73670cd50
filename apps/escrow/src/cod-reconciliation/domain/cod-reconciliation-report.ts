import type { Vnd } from '@trustcircle/kernel';
import type { CodLineRefusal } from '../../cod/infrastructure/cod-remittance.orm-entity';
import type { BusinessDay } from '../../reconciliation/domain/business-day';
import { type AgeBucketLine, type AgeBucketSum, ageBucketLines } from './cod-age-buckets';
import { COD_PARCEL_STATUSES, type CodParcelAmounts, type CodParcelStatus, codOutstanding, codParcelStatus } from './cod-parcel-status';

/** A COD parcel the courier delivered, as read from escrow's parcels. */
export interface CodParcelFacts extends CodParcelAmounts {
  escrowId: string;
  orderId: string;
  orderCode: string;
  trackingNumber: string | null;
  deliveredAt: Date;
}

/** A parcel of the day with what the courier still owes for it and its status. */
export interface CodParcelLine extends CodParcelFacts {
  /** See {@link codOutstanding}. */
  outstanding: Vnd;
  status: CodParcelStatus;
}

/** Sums over parcels: how many, and each amount column (`collected` sums the parcels whose courier said). */
export interface CodParcelTotals {
  parcelCount: number;
  expected: Vnd;
  collected: Vnd;
  remitted: Vnd;
  outstanding: Vnd;
}

/** A remittance line that funded nothing, and why. */
export interface CodRefusedLine {
  lineNo: number;
  trackingNumber: string;
  amount: Vnd;
  reason: CodLineRefusal;
}

/** A remittance batch escrow received from the courier, with its refused lines (by line number). */
export interface CodRemittanceBatch {
  /** Escrow's id of the batch. */
  id: string;
  /** The courier's own id of the batch (its idempotency key). */
  remittanceId: string;
  bankReference: string;
  transferredAt: Date;
  receivedAt: Date;
  total: Vnd;
  funded: Vnd;
  refused: Vnd;
  lineCount: number;
  refusedLines: CodRefusedLine[];
}

/** The batches of the day and their sums. */
export interface CodRemittanceDay {
  batchCount: number;
  total: Vnd;
  funded: Vnd;
  refused: Vnd;
  refusedLineCount: number;
  batches: CodRemittanceBatch[];
}

/** The oldest parcel whose cash the courier still owes. */
export interface OldestUnremitted {
  escrowId: string;
  orderId: string;
  orderCode: string;
  trackingNumber: string | null;
  deliveredAt: Date;
  outstanding: Vnd;
}

/** Every delivered parcel of the courier still owing cash as of `asOf`, any day, by age since delivery. */
export interface UnremittedAgeing {
  asOf: Date;
  parcelCount: number;
  amount: Vnd;
  buckets: AgeBucketLine[];
  oldest: (OldestUnremitted & { ageSeconds: number }) | null;
}

/** The courier's COD reconciliation of one business day. */
export interface CodReconciliationReport {
  courierId: string;
  day: BusinessDay;
  generatedAt: Date;
  /** The parcels delivered that day, oldest delivery first. */
  parcels: CodParcelLine[];
  totals: CodParcelTotals;
  /** The same sums per status (every status present). */
  byStatus: Record<CodParcelStatus, CodParcelTotals>;
  remittances: CodRemittanceDay;
  unremitted: UnremittedAgeing;
}

/** What a reader found for a courier and a day. */
export interface CodReconciliationFacts {
  courierId: string;
  day: BusinessDay;
  now: Date;
  delivered: readonly CodParcelFacts[];
  batches: readonly CodRemittanceBatch[];
  ageing: readonly AgeBucketSum[];
  oldest: OldestUnremitted | null;
}

/** Builds the report (pure): statuses and outstanding per parcel, totals, batch sums, the ageing of unremitted cash. */
export function buildCodReconciliationReport(f: CodReconciliationFacts): CodReconciliationReport {
  const parcels = [...f.delivered]
    .sort((a, b) => a.deliveredAt.getTime() - b.deliveredAt.getTime() || a.orderId.localeCompare(b.orderId))
    .map((p): CodParcelLine => ({ ...p, outstanding: codOutstanding(p), status: codParcelStatus(p) }));
  const byStatus = Object.fromEntries(COD_PARCEL_STATUSES.map((s) => [s, totalsOf(parcels.filter((p) => p.status === s))])) as Record<CodParcelStatus, CodParcelTotals>;
  const buckets = ageBucketLines(f.ageing);
  return {
    courierId: f.courierId,
    day: f.day,
    generatedAt: f.now,
    parcels,
    totals: totalsOf(parcels),
    byStatus,
    remittances: remittanceDayOf(f.batches),
    unremitted: {
      asOf: f.now,
      parcelCount: buckets.reduce((n, b) => n + b.parcelCount, 0),
      amount: buckets.reduce((a, b) => a + b.amount, 0n),
      buckets,
      oldest: f.oldest && { ...f.oldest, ageSeconds: Math.max(0, Math.floor((f.now.getTime() - f.oldest.deliveredAt.getTime()) / 1000)) },
    },
  };
}

/** Sums parcels' amount columns. */
export function totalsOf(parcels: readonly CodParcelLine[]): CodParcelTotals {
  return parcels.reduce<CodParcelTotals>(
    (t, p) => ({
      parcelCount: t.parcelCount + 1,
      expected: t.expected + p.expected,
      collected: t.collected + (p.collected ?? 0n),
      remitted: t.remitted + p.remitted,
      outstanding: t.outstanding + p.outstanding,
    }),
    { parcelCount: 0, expected: 0n, collected: 0n, remitted: 0n, outstanding: 0n },
  );
}

function remittanceDayOf(batches: readonly CodRemittanceBatch[]): CodRemittanceDay {
  const sorted = [...batches].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id));
  return {
    batchCount: sorted.length,
    total: sorted.reduce((a, b) => a + b.total, 0n),
    funded: sorted.reduce((a, b) => a + b.funded, 0n),
    refused: sorted.reduce((a, b) => a + b.refused, 0n),
    refusedLineCount: sorted.reduce((n, b) => n + b.refusedLines.length, 0),
    batches: sorted.map((b) => ({ ...b, refusedLines: [...b.refusedLines].sort((x, y) => x.lineNo - y.lineNo) })),
  };
}
