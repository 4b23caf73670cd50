/** A CSV cell: text, a whole number (bigint or safe integer), or empty (null). */
export type CsvCell = string | number | bigint | null;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field, RFC 4180: quoted when it holds a comma, a double quote, CR or LF, or leading/trailing spaces;
 * quotes doubled. Numbers are written as integers; a fractional number is refused (amounts are whole VND).
 * Values are never altered (no spreadsheet-formula escaping): the file is for reconciliation by machines.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'bigint') return cell.toString();
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell)) throw new RangeError(`CSV numbers are whole: ${cell}`);
    return String(cell);
  }
  return NEEDS_QUOTES.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A CSV document (RFC 4180): a header row, then one record per row, every record ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const out: string[] = [header.map(csvField).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new RangeError(`a CSV row has ${row.length} fields, the header ${header.length}`);
    out.push(row.map(csvField).join(','));
  }
  return `${out.join('\r\n')}\r\n`;
}
