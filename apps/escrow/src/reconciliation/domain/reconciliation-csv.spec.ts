import { RECONCILIATION_CSV_HEADER, reconciliationCsv, reconciliationCsvFileName } from './reconciliation-csv';

describe('reconciliation CSV', () => {
  it('writes the reconciliation lines with the documented columns', () => {
    const csv = reconciliationCsv([
      {
        kind: 'REFUND',
        id: '11111111-1111-4111-8111-111111111111',
        reference: '11111111-1111-4111-8111-111111111111',
        partnerReference: 'REF "7", B',
        originalPartnerTxnId: 'TXN-1',
        orderId: null,
        amount: 250_000n,
        occurredAt: new Date('2026-11-28T03:04:05.000Z'),
      },
    ]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(RECONCILIATION_CSV_HEADER.join(','));
    expect(row).toBe('REFUND,11111111-1111-4111-8111-111111111111,"REF ""7"", B",TXN-1,,250000,2026-11-28T03:04:05.000Z,11111111-1111-4111-8111-111111111111');
    expect(end).toBe('');
    expect(reconciliationCsvFileName('p1', '2026-11-28')).toBe('trustcircle-reconciliation-p1-2026-11-28.csv');
  });
});
