/** An opaque position in a newest-first listing: the last order's placed time and id. */
export interface OrderCursor {
  placedAt: Date;
  id: string;
}

export function encodeCursor(c: OrderCursor): string {
  return Buffer.from(`${c.placedAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor, or undefined when it is not one this API issued. */
export function decodeCursor(raw: string): OrderCursor | undefined {
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(text);
  if (!m) return undefined;
  const placedAt = new Date(m[1]);
  return Number.isNaN(placedAt.getTime()) ? undefined : { placedAt, id: m[2] };
}
