/** A keyset position in the operators' escrow list (newest first): the last row's opening time and id. */
export interface EscrowCursor {
  openedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque cursor text (base64url of `<ISO time>|<id>`). */
export function encodeEscrowCursor(c: EscrowCursor): string {
  return Buffer.from(`${c.openedAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

/** The cursor's position, or null if it is not one this API issued. */
export function decodeEscrowCursor(text: string): EscrowCursor | null {
  const [at, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id || !UUID.test(id)) return null;
  const openedAt = new Date(at);
  return Number.isNaN(openedAt.getTime()) || openedAt.toISOString() !== at ? null : { openedAt, id };
}
