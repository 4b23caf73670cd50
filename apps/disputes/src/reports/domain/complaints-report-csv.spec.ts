import { COMPLAINTS_CSV_HEADER, complaintsReportCsv, complaintsReportFileName } from './complaints-report-csv';
import type { ComplaintsReport } from './complaints-report';
import { parseCsv, UTF8_BOM } from '@trustcircle/kernel';
import { reportPeriod } from './report-period';

const period = reportPeriod('2031-03-01', '2031-03-31');
if (!period.ok) throw new Error('bad period');

const report: ComplaintsReport = {
  period: period.period,
  generatedAt: new Date('2031-04-01T00:00:00.000Z'),
  totals: { disputes: 3, open: 1, finished: 2 },
  byReason: [
    { reason: 'DAMAGED', count: 2 },
    { reason: 'OTHER', count: 1 },
  ],
  byMarketplace: [{ marketplaceId: '11111111-1111-4111-8111-111111111111', marketplaceName: 'Cửa hàng "Ánh Dương", Hà Nội', count: 3 }],
  byOutcome: [
    { outcome: 'REFUND_FULL', count: 2 },
    { outcome: 'OPEN', count: 1 },
  ],
  resolution: { finished: 2, medianSeconds: 91_800, medianHours: 25.5, withinDeadline: 1, withinDeadlineShare: 0.5 },
  vulnerable: {
    total: 1,
    byCategory: [{ category: 'ELDERLY', declared: 0, confirmed: 1, removed: 0, total: 1 }],
    cases: [
      {
        disputeId: '22222222-2222-4222-8222-222222222222',
        marketplaceId: '11111111-1111-4111-8111-111111111111',
        reason: 'DAMAGED',
        category: 'ELDERLY',
        status: 'CONFIRMED',
        state: 'ESCALATED',
        openedAt: new Date('2031-03-02T03:00:00.000Z'),
        finishedAt: null,
      },
    ],
  },
};

describe('complaints report CSV (long format)', () => {
  const csv = complaintsReportCsv(report);
  const [header, ...rows] = parseCsv(csv);
  const value = (section: string, key: string, metric: string): string | undefined => rows.find((r) => r[0] === section && r[1] === key && r[2] === metric)?.[3];

  it('starts with a UTF-8 BOM and the header row, every record with 4 fields', () => {
    expect(csv.startsWith(`${UTF8_BOM}section,key,metric,value\r\n`)).toBe(true);
    expect(header).toEqual([...COMPLAINTS_CSV_HEADER]);
    expect(rows.every((r) => r.length === 4)).toBe(true);
  });

  it('holds every figure, names quoted, nulls empty', () => {
    expect(value('period', '', 'from')).toBe('2031-03-01');
    expect(value('totals', '', 'disputes')).toBe('3');
    expect(value('by_reason', 'DAMAGED', 'count')).toBe('2');
    expect(value('by_marketplace', '11111111-1111-4111-8111-111111111111', 'name')).toBe('Cửa hàng "Ánh Dương", Hà Nội');
    expect(value('by_outcome', 'OPEN', 'count')).toBe('1');
    expect([value('resolution', '', 'medianHours'), value('resolution', '', 'withinDeadlineShare')]).toEqual(['25.5', '0.5']);
    expect(value('vulnerable_by_category', 'ELDERLY', 'CONFIRMED')).toBe('1');
    expect(value('vulnerable_case', '22222222-2222-4222-8222-222222222222', 'openedAtLocal')).toBe('2031-03-02T10:00:00+07:00');
    expect(value('vulnerable_case', '22222222-2222-4222-8222-222222222222', 'finishedAt')).toBe('');
    expect(complaintsReportFileName('2031-03-01', '2031-03-31')).toBe('trustcircle-complaints-2031-03-01-2031-03-31.csv');
  });
});
