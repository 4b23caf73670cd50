/** An opaque position in an oldest-first listing of endpoints: the last one's creation time and id. */
export interface EndpointCursor {
  createdAt: Date;
  id: string;
}

/** The cursor after `c`. */
export function encodeEndpointCursor(c: EndpointCursor): string {
  return Buffer.from(`we1|${c.createdAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor, or undefined when it is not one this API issued. */
export function decodeEndpointCursor(raw: string): EndpointCursor | undefined {
  const m = /^we1\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m) return undefined;
  const createdAt = new Date(m[1]);
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: m[2] };
}
