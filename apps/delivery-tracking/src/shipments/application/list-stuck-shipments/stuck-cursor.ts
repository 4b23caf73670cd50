/** A keyset position in the stuck-shipments list (longest silent first): the last row's silence start and id. */
export interface StuckCursor {
  silentSince: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque cursor text (base64url of `<ISO time>|<id>`). */
export function encodeStuckCursor(c: StuckCursor): string {
  return Buffer.from(`${c.silentSince.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

/** The cursor's position, or null if it is not one this API issued. */
export function decodeStuckCursor(text: string): StuckCursor | null {
  const [at, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id || !UUID.test(id)) return null;
  const silentSince = new Date(at);
  return Number.isNaN(silentSince.getTime()) || silentSince.toISOString() !== at ? null : { silentSince, id };
}
