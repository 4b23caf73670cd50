/** Where a page of dead letters ended: the last one's failure instant and its sequence number (ties broken by seq). */
export interface DeadLetterCursor {
  failedAt: Date;
  seq: string;
}

/** The dead-letter list's page cursor, opaque to clients (base64url). */
export function encodeDeadLetterCursor(cursor: DeadLetterCursor): string {
  return Buffer.from(`d:${cursor.failedAt.getTime()}:${cursor.seq}`, 'utf8').toString('base64url');
}

/** The position a cursor holds, or undefined when it is not one of ours. */
export function decodeDeadLetterCursor(cursor: string): DeadLetterCursor | undefined {
  const match = /^d:(-?\d{1,15}):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const failedAt = new Date(Number(match[1]));
  return Number.isNaN(failedAt.getTime()) ? undefined : { failedAt, seq: match[2] };
}
