/**
 * The evidence store on the real PostgreSQL (an in-process disputes app): files put as large objects come back
 * byte-identical with their detected type and SHA-256, a metadata row per file, files joining the caller's
 * transaction (gone on rollback), spoofed or oversized bytes refused before anything is written, and an
 * append-only trail (no update or delete through the interface, and the table refuses both).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DisputesTestKit } from '../testing/disputes-test-kit';
import type { EvidenceStore } from './application/evidence-store';
import { SAMPLE_FILES } from './domain/evidence-fixtures';

jest.setTimeout(60_000);

let kit: DisputesTestKit;
let store: EvidenceStore;

beforeAll(async () => {
  kit = await DisputesTestKit.start();
  store = kit.evidenceStore;
});

afterAll(async () => {
  await kit?.close();
});

/** A file of `header` followed by random bytes, unique to this test. */
const unique = (header: Buffer, extra = 4096): Buffer => Buffer.concat([header, randomBytes(extra)]);
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function row(id: string): Promise<Record<string, unknown> | undefined> {
  const rows = (await kit.db.query(
    `SELECT "id", "oid"::bigint AS "oid", "sha256", "size"::int AS "size", "content_type", "created_at", encode(sha256(lo_get("oid")), 'hex') AS "stored_sha256"
       FROM "disputes"."evidence_files" WHERE "id" = $1`,
    [id],
  )) as Array<Record<string, unknown>>;
  return rows[0];
}

it.each([
  ['a PNG', SAMPLE_FILES.png, 'image/png'],
  ['a PDF', SAMPLE_FILES.pdf, 'application/pdf'],
] as const)('stores %s and reads it back byte-identical with its detected type and SHA-256', async (_name, header, contentType) => {
  const bytes = unique(header, 256 * 1024);
  const stored = await store.put(bytes, { contentType });
  expect(stored).toEqual({ id: expect.any(String), sha256: sha256(bytes), size: bytes.length, contentType, createdAt: expect.any(Date) });

  const read = await store.get(stored.id);
  expect(read?.bytes.equals(bytes)).toBe(true);
  expect(read?.meta).toEqual(stored);

  expect(await row(stored.id)).toMatchObject({ id: stored.id, sha256: sha256(bytes), size: bytes.length, content_type: contentType, stored_sha256: sha256(bytes) });
});

it('answers null for an unknown id and for a malformed one', async () => {
  expect(await store.get(randomUUID())).toBeNull();
  expect(await store.get('not-a-uuid')).toBeNull();
});

it('refuses spoofed, empty and oversized bytes', async () => {
  await expect(store.put(unique(SAMPLE_FILES.pdf), { contentType: 'image/jpeg' })).rejects.toThrow('FILE_TYPE_MISMATCH');
  await expect(store.put(SAMPLE_FILES.html, { contentType: 'image/png' })).rejects.toThrow('UNSUPPORTED_FILE_TYPE');
  await expect(store.put(Buffer.alloc(0), { contentType: 'image/png' })).rejects.toThrow('EMPTY_FILE');
  await expect(store.put(Buffer.concat([SAMPLE_FILES.png, Buffer.alloc(10 * 1024 * 1024)]), { contentType: 'image/png' })).rejects.toThrow('FILE_TOO_LARGE');
});

it("joins the caller's transaction: a rolled-back put leaves neither a row nor a large object", async () => {
  let id = '';
  let oid = '';
  await expect(
    kit.tx(async (m) => {
      ({ id } = await store.put(unique(SAMPLE_FILES.jpeg), { contentType: 'image/jpeg' }, m));
      [{ oid }] = (await m.query(`SELECT "oid"::bigint AS "oid" FROM "disputes"."evidence_files" WHERE "id" = $1`, [id])) as Array<{ oid: string }>;
      throw new Error('the dispute failed');
    }),
  ).rejects.toThrow('the dispute failed');
  expect(await store.get(id)).toBeNull();
  const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM pg_largeobject_metadata WHERE "oid" = $1::bigint::oid`, [oid])) as Array<{ n: number }>;
  expect(n).toBe(0);
});

it('keeps an append-only trail: the interface offers no update or delete, and the table refuses both', async () => {
  const stored = await store.put(unique(SAMPLE_FILES.png), { contentType: 'image/png' });
  expect(Object.getOwnPropertyNames(Object.getPrototypeOf(store)).filter((name) => name !== 'constructor').sort()).toEqual(['get', 'put']);

  await expect(kit.db.query(`UPDATE "disputes"."evidence_files" SET "content_type" = 'application/pdf' WHERE "id" = $1`, [stored.id])).rejects.toThrow(/append-only/);
  await expect(kit.db.query(`DELETE FROM "disputes"."evidence_files" WHERE "id" = $1`, [stored.id])).rejects.toThrow(/append-only/);
  expect((await store.get(stored.id))?.meta).toEqual(stored);
});
