/** A CSV cell: text, a number (a bigint for amounts), or empty (null). */
export type CsvCell = string | number | bigint | null;

/** How a CSV is meant to be read. */
export interface CsvOptions {
  /**
   * For people in a spreadsheet: text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
   * tab or CR; a partner's name, say) gets a leading apostrophe (OWASP "CSV injection"). Off for files read by
   * machines (a reconciliation statement), whose values are never altered. Numbers are never altered.
   */
  escapeFormulas?: boolean;
}

/** The UTF-8 byte order mark, so that Excel reads a file as UTF-8 (Vietnamese names) and not as a code page. */
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, RFC 4180: quoted when it holds a comma, a double quote, CR or LF, or leading/trailing spaces;
 * quotes doubled. Numbers are written as JavaScript writes them (bigints and integers as integers, `25.5`),
 * never quoted; a number that is not finite is refused.
 */
export function csvField(cell: CsvCell, options: CsvOptions = {}): string {
  if (cell === null) return '';
  if (typeof cell === 'bigint') return cell.toString();
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`CSV numbers are finite: ${cell}`);
    return String(cell);
  }
  const text = options.escapeFormulas && FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (RFC 4180): a header row, then one record per row, every record ended by CRLF; ragged rows are refused. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const out: string[] = [header.map((h) => csvField(h, options)).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new RangeError(`a CSV row has ${row.length} fields, the header ${header.length}`);
    out.push(row.map((c) => csvField(c, options)).join(','));
  }
  return `${out.join('\r\n')}\r\n`;
}

/**
 * Reads a CSV document written by {@link toCsv} (RFC 4180: quoted fields, doubled quotes, CRLF or LF), dropping
 * a leading BOM: every record as its fields, as text. For tests and tools that check a file round-trips.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
      if (c === '\r') i++;
      record.push(field);
      records.push(record);
      [record, field] = [[], ''];
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
