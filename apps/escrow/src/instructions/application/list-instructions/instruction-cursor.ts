/** An opaque position in an oldest-first listing of instructions: the last one's issue time and id. */
export interface InstructionCursor {
  issuedAt: Date;
  id: string;
}

export function encodeInstructionCursor(c: InstructionCursor): string {
  return Buffer.from(`${c.issuedAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor, or undefined when it is not one this API issued. */
export function decodeInstructionCursor(raw: string): InstructionCursor | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m) return undefined;
  const issuedAt = new Date(m[1]);
  return Number.isNaN(issuedAt.getTime()) ? undefined : { issuedAt, id: m[2] };
}
