/**
 * An opaque position in a newest-first listing of ledger lines: the last line's creation time, to the
 * microsecond as PostgreSQL stores it (a JS Date would round it and skip or repeat lines), and its id.
 */
export interface LedgerEntryCursor {
  /** `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC). */
  createdAt: string;
  id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeLedgerEntryCursor(c: LedgerEntryCursor): string {
  return Buffer.from(`${c.createdAt}|${c.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor, or undefined when it is not one this API issued. */
export function decodeLedgerEntryCursor(raw: string): LedgerEntryCursor | undefined {
  const m = CURSOR.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m || Number.isNaN(new Date(m[1]).getTime())) return undefined;
  return { createdAt: m[1], id: m[2] };
}
