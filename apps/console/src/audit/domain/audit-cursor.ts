/** The audit API's page cursor: the last `seq` seen, opaque to clients (base64url). */
export function encodeAuditCursor(seq: string): string {
  return Buffer.from(`a:${seq}`, 'utf8').toString('base64url');
}

/** The `seq` of a cursor, or undefined when it is not one of ours. */
export function decodeAuditCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^a:(\d{1,19})$/.exec(text);
  return match ? match[1] : undefined;
}
