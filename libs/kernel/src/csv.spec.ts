import { csvField, parseCsv, toCsv, UTF8_BOM } from './csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone and writes numbers as they are: bigints, integers, decimals', () => {
    expect([csvField('abc'), csvField(1_235_000), csvField(12_345_678_901_234n), csvField(25.5), csvField(null), csvField('Cửa hàng Ánh Dương')]).toEqual([
      'abc',
      '1235000',
      '12345678901234',
      '25.5',
      '',
      'Cửa hàng Ánh Dương',
    ]);
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('for spreadsheets, defuses text that would run as a formula, never numbers; for machines, alters nothing', () => {
    const people = { escapeFormulas: true };
    expect([csvField('=HYPERLINK("x")', people), csvField('+1', people), csvField('-2', people), csvField('@SUM(A1)', people), csvField(-2, people)]).toEqual([
      '"\'=HYPERLINK(""x"")"',
      "'+1",
      "'-2",
      "'@SUM(A1)",
      '-2',
    ]);
    expect([csvField('-2'), csvField('=1+1')]).toEqual(['-2', '=1+1']);
  });

  it('refuses a number that is not finite', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('writes a header row then one CRLF-terminated record per row, refusing ragged rows', () => {
    expect(toCsv(['a', 'b'], [['x,y', 1], [null, 2n]])).toBe('a,b\r\n"x,y",1\r\n,2\r\n');
    expect(toCsv(['a'], [])).toBe('a\r\n');
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(RangeError);
  });

  it('parses back what it wrote (BOM, quotes, commas, line breaks, empty fields)', () => {
    const rows = [
      ['x,y', 'say "hi"', 'two\r\nlines', ''],
      ['Ánh Dương', '', 'z', 'end'],
    ];
    expect(parseCsv(UTF8_BOM + toCsv(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...rows]);
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});
