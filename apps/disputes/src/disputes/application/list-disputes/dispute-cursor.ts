/** A keyset position in a dispute list (newest first): the last row's opening time and id. */
export interface DisputeCursor {
  openedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque cursor text: base64url of `<ISO time>|<id>`. */
export function encodeDisputeCursor(c: DisputeCursor): string {
  return Buffer.from(`${c.openedAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

/** The cursor's position, or null when it is not one this API issued (the caller answers 400 naming `cursor`). */
export function decodeDisputeCursor(text: string): DisputeCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const [at, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id || !UUID.test(id)) return null;
  const openedAt = new Date(at);
  return Number.isNaN(openedAt.getTime()) || openedAt.toISOString() !== at ? null : { openedAt, id: id.toLowerCase() };
}
