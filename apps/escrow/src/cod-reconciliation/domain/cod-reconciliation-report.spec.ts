import { businessDay } from '../../reconciliation/domain/business-day';
import { buildCodReconciliationReport, type CodParcelFacts, type CodReconciliationFacts } from './cod-reconciliation-report';

const DAY = businessDay('2026-11-28');
const NOW = new Date('2026-11-29T02:00:00.000Z');

function parcel(n: number, over: Partial<CodParcelFacts>): CodParcelFacts {
  return {
    escrowId: `e000000${n}-0000-4000-8000-000000000000`,
    orderId: `0000000${n}-0000-4000-8000-000000000000`,
    orderCode: `TC-000${n}-AAAA`,
    trackingNumber: `TRK${n}`,
    expected: 1_000_000n,
    collected: 1_000_000n,
    remitted: 0n,
    deliveredAt: new Date(`2026-11-28T0${n}:00:00.000Z`),
    ...over,
  };
}

function facts(over: Partial<CodReconciliationFacts> = {}): CodReconciliationFacts {
  return { courierId: 'c1', day: DAY, now: NOW, delivered: [], batches: [], ageing: [], oldest: null, ...over };
}

describe('COD reconciliation report', () => {
  it('gives each parcel its status and outstanding, oldest delivery first, and sums the columns overall and per status', () => {
    const r = buildCodReconciliationReport(
      facts({
        delivered: [
          parcel(4, { expected: 600_000n, collected: 600_000n, remitted: 0n }),
          parcel(1, { remitted: 1_000_000n }),
          parcel(3, { expected: 1_500_000n, collected: 1_500_000n, remitted: 500_000n }),
          parcel(2, { collected: 900_000n, remitted: 0n }),
          parcel(5, { expected: 200_000n, collected: null, remitted: 0n }),
        ],
      }),
    );
    expect(r.parcels.map((p) => [p.orderCode, p.status, p.outstanding])).toEqual([
      ['TC-0001-AAAA', 'MATCHED', 0n],
      ['TC-0002-AAAA', 'COLLECTION_MISMATCH', 900_000n],
      ['TC-0003-AAAA', 'REMITTANCE_SHORT', 1_000_000n],
      ['TC-0004-AAAA', 'UNREMITTED', 600_000n],
      ['TC-0005-AAAA', 'COLLECTION_MISMATCH', 200_000n],
    ]);
    expect(r.totals).toEqual({ parcelCount: 5, expected: 4_300_000n, collected: 4_000_000n, remitted: 1_500_000n, outstanding: 2_700_000n });
    expect(r.byStatus).toEqual({
      MATCHED: { parcelCount: 1, expected: 1_000_000n, collected: 1_000_000n, remitted: 1_000_000n, outstanding: 0n },
      COLLECTION_MISMATCH: { parcelCount: 2, expected: 1_200_000n, collected: 900_000n, remitted: 0n, outstanding: 1_100_000n },
      REMITTANCE_SHORT: { parcelCount: 1, expected: 1_500_000n, collected: 1_500_000n, remitted: 500_000n, outstanding: 1_000_000n },
      UNREMITTED: { parcelCount: 1, expected: 600_000n, collected: 600_000n, remitted: 0n, outstanding: 600_000n },
    });
    expect(r).toMatchObject({ courierId: 'c1', day: DAY, generatedAt: NOW });
  });

  it('sums the day’s batches and orders them and their refused lines', () => {
    const batch = (id: string, at: string, refusedLines: Array<{ lineNo: number }>) => ({
      id,
      remittanceId: `R-${id}`,
      bankReference: `B-${id}`,
      transferredAt: new Date(at),
      receivedAt: new Date(at),
      total: 1_300_000n,
      funded: 1_000_000n,
      refused: 300_000n,
      lineCount: 3,
      refusedLines: refusedLines.map((l) => ({ ...l, trackingNumber: `T${l.lineNo}`, amount: 150_000n, reason: 'UNKNOWN_PARCEL' as const })),
    });
    const r = buildCodReconciliationReport(facts({ batches: [batch('b2', '2026-11-28T09:00:00Z', []), batch('b1', '2026-11-28T08:00:00Z', [{ lineNo: 2 }, { lineNo: 1 }])] }));
    expect(r.remittances).toMatchObject({ batchCount: 2, total: 2_600_000n, funded: 2_000_000n, refused: 600_000n, refusedLineCount: 2 });
    expect(r.remittances.batches.map((b) => [b.id, b.refusedLines.map((l) => l.lineNo)])).toEqual([
      ['b1', [1, 2]],
      ['b2', []],
    ]);
  });

  it('ages the unremitted cash as of now, with the oldest parcel and its age; nothing owed is zero buckets and no oldest', () => {
    const oldest = { escrowId: 'e', orderId: 'o', orderCode: 'TC-OLD', trackingNumber: 'T', deliveredAt: new Date('2026-11-24T02:00:00.500Z'), outstanding: 650_000n };
    const r = buildCodReconciliationReport(
      facts({
        ageing: [
          { index: 0, parcelCount: 2, amount: 1_500_000n },
          { index: 2, parcelCount: 1, amount: 650_000n },
        ],
        oldest,
      }),
    );
    expect(r.unremitted).toMatchObject({ asOf: NOW, parcelCount: 3, amount: 2_150_000n, oldest: { ...oldest, ageSeconds: 5 * 86_400 - 1 } });
    expect(r.unremitted.buckets.map((b) => [b.bucket, b.parcelCount, b.amount])).toEqual([
      ['UNDER_1_DAY', 2, 1_500_000n],
      ['DAYS_1_TO_3', 0, 0n],
      ['DAYS_3_TO_7', 1, 650_000n],
      ['DAYS_7_OR_MORE', 0, 0n],
    ]);

    const none = buildCodReconciliationReport(facts());
    expect(none.unremitted).toMatchObject({ parcelCount: 0, amount: 0n, oldest: null });
    expect(none.totals).toEqual({ parcelCount: 0, expected: 0n, collected: 0n, remitted: 0n, outstanding: 0n });
    expect(Object.values(none.byStatus).every((t) => t.parcelCount === 0)).toBe(true);
  });
});
