import { parseCsv, UTF8_BOM } from '@trustcircle/kernel';
import { businessDay } from '../../reconciliation/domain/business-day';
import { COD_RECONCILIATION_CSV_HEADER, codReconciliationCsv, codReconciliationCsvFileName } from './cod-reconciliation-csv';
import { buildCodReconciliationReport } from './cod-reconciliation-report';

describe('COD reconciliation CSV', () => {
  const report = buildCodReconciliationReport({
    courierId: 'c1',
    day: businessDay('2026-11-28'),
    now: new Date('2026-11-29T02:00:00.000Z'),
    delivered: [
      {
        escrowId: 'e2',
        orderId: 'o2',
        orderCode: '=HYPERLINK("x")',
        trackingNumber: null,
        expected: 1_250_000n,
        collected: null,
        remitted: 0n,
        deliveredAt: new Date('2026-11-28T05:00:00.000Z'),
      },
      {
        escrowId: 'e1',
        orderId: 'o1',
        orderCode: 'TC-7K2M-9QXA',
        trackingNumber: 'GHN,1',
        expected: 1_000_000n,
        collected: 1_000_000n,
        remitted: 400_000n,
        deliveredAt: new Date('2026-11-27T17:30:00.000Z'),
      },
    ],
    batches: [],
    ageing: [],
    oldest: null,
  });

  it('writes a BOM, the header, then one row per parcel of the day (oldest delivery first), spreadsheet-safe', () => {
    const csv = codReconciliationCsv(report);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'business_date,courier_id,order_id,order_code,tracking_number,delivered_at,delivered_at_local,expected_amount,collected_amount,remitted_amount,outstanding_amount,status',
    );
    expect(lines.slice(1)).toEqual([
      '2026-11-28,c1,o1,TC-7K2M-9QXA,"GHN,1",2026-11-27T17:30:00.000Z,2026-11-28T00:30:00+07:00,1000000,1000000,400000,600000,REMITTANCE_SHORT',
      `2026-11-28,c1,o2,"'=HYPERLINK(""x"")",,2026-11-28T05:00:00.000Z,2026-11-28T12:00:00+07:00,1250000,,0,1250000,COLLECTION_MISMATCH`,
      '',
    ]);
    expect(parseCsv(csv).map((r) => r.length)).toEqual([COD_RECONCILIATION_CSV_HEADER.length, 12, 12]);
    expect(codReconciliationCsvFileName('c1', '2026-11-28')).toBe('trustcircle-cod-reconciliation-c1-2026-11-28.csv');
  });

  it('is the header alone for a day without parcels', () => {
    expect(codReconciliationCsv({ ...report, parcels: [] })).toBe(`${UTF8_BOM}${COD_RECONCILIATION_CSV_HEADER.join(',')}\r\n`);
  });
});
