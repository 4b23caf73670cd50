import { csvField, toCsv } from './csv';
import { RECONCILIATION_CSV_HEADER, reconciliationCsv, reconciliationCsvFileName } from './reconciliation-csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone and writes numbers as integers', () => {
    expect([csvField('abc'), csvField(1_235_000), csvField(12_345_678_901_234n), csvField(null)]).toEqual(['abc', '1235000', '12345678901234', '']);
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('refuses a fractional number', () => {
    expect(() => csvField(1.5)).toThrow(RangeError);
  });

  it('writes a header row then one CRLF-terminated record per row, refusing ragged rows', () => {
    expect(toCsv(['a', 'b'], [['x,y', 1], [null, 2n]])).toBe('a,b\r\n"x,y",1\r\n,2\r\n');
    expect(toCsv(['a'], [])).toBe('a\r\n');
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(RangeError);
  });

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
