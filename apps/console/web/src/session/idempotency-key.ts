/** Fills bytes with random values (the browser's `crypto.getRandomValues`). */
export type RandomFill = (bytes: Uint8Array) => Uint8Array;

/**
 * A random UUID v4 for `Idempotency-Key`. Uses `crypto.getRandomValues`, which browsers offer on plain http too
 * (unlike `crypto.randomUUID`, secure origins only).
 */
export function newIdempotencyKey(fill: RandomFill = (b) => globalThis.crypto.getRandomValues(b)): string {
  const b = fill(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per distinct request: sending the same body again (a retry after a lost answer, a double tap) reuses its
 * key, so the server answers it once; a changed body gets a new key (the server refuses a key reused for another
 * body).
 */
export class IdempotencyKeys {
  private last: { body: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => newIdempotencyKey()) {}

  keyFor(body: unknown): string {
    const text = JSON.stringify(body) ?? '';
    if (this.last?.body !== text) this.last = { body: text, key: this.newKey() };
    return this.last.key;
  }
}
