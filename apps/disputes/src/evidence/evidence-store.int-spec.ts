/**
 * The evidence store on the real PostgreSQL (an in-process disputes app): files put as large objects come back
 * byte-identical with their detected type and SHA-256, a metadata row per file, files joining the caller's
 * transaction (gone on rollback), spoofed or oversized bytes refused before anything is written, and an
 * append-only trail (no update or delete through the interface, and the table refuses both). The rest of the trail
 * is append-only too: connected as the disputes service's own role (which owns the tables), UPDATE and DELETE on
 * `dispute_messages`, `dispute_evidence`, `evidence_uploads` and `courier_checkpoints` are refused by their triggers.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { serviceDbRole } from '@trustcircle/contracts';
import { DisputesTestKit } from '../testing/disputes-test-kit';
import { RecordCourierCheckpointUseCase } from './application/record-courier-checkpoint/record-courier-checkpoint.use-case';
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

describe('the rest of the trail is append-only, even for the service’s own role', () => {
  /** Each table, the key its rows are found by, and an edit someone might try. */
  const TABLES = [
    ['dispute_messages', 'dispute_id', `"body" = 'edited'`],
    ['dispute_evidence', 'dispute_id', `"description" = 'edited'`],
    ['evidence_uploads', 'file_id', `"file_name" = 'edited.png'`],
    ['courier_checkpoints', 'order_id', `"location" = 'edited'`],
  ] as const;
  type Table = (typeof TABLES)[number][0];
  const keys = {} as Record<Table, string>;

  /** The table's rows for this test (as text, so any change shows). */
  const rowsOf = async (table: Table, column: string): Promise<string[]> =>
    ((await kit.db.query(`SELECT t::text AS "row" FROM "disputes"."${table}" t WHERE "${column}" = $1 ORDER BY t::text`, [keys[table]])) as Array<{ row: string }>).map((r) => r.row);

  beforeAll(async () => {
    // A complaint filed over HTTP with an uploaded photo and a link (trail entry, two evidence rows, one upload row),
    // and a courier checkpoint copied as the delivery consumer does.
    const order = await kit.seedOrderFacts({ fundedAt: new Date(kit.now().getTime() - 86_400_000), inspectionEndsAt: new Date(kit.now().getTime() + 2 * 86_400_000) });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(unique(SAMPLE_FILES.png))], { type: 'image/png' }), 'cracked.png');
    const uploaded = await fetch(`${kit.baseUrl}/v1/public/disputes/evidence-files`, { method: 'POST', headers: { authorization: `Bearer ${kit.buyerToken(order)}` }, body: form });
    expect(uploaded.status).toBe(201);
    const fileId = String(((await uploaded.json()) as { fileId: string }).fileId);
    const disputeId = await kit.fileDispute(order, { evidence: [{ fileId, description: 'The crack' }, { url: 'https://photos.example/box.jpg' }] });
    const checkpoint = kit.event('delivery.shipment-status-changed', {
      orderId: order.orderId,
      shipmentId: randomUUID(),
      courierId: randomUUID(),
      trackingNumber: 'GHN-APPEND-1',
      direction: 'OUTBOUND',
      status: 'DELIVERED',
      currentStatus: 'DELIVERED',
      rawStatus: 'delivered',
      occurredAt: kit.now().toISOString(),
      location: 'Hà Nội',
      note: null,
    });
    expect(await kit.tx((m) => kit.app.get(RecordCourierCheckpointUseCase).execute(m, checkpoint))).toBe(true);
    Object.assign(keys, { dispute_messages: disputeId, dispute_evidence: disputeId, evidence_uploads: fileId, courier_checkpoints: order.orderId });
  });

  it('connects as the disputes service’s role', async () => {
    expect(await kit.db.query(`SELECT current_user AS "role"`)).toEqual([{ role: serviceDbRole('disputes') }]);
  });

  it.each(TABLES)('%s refuses UPDATE and DELETE, and its rows stay as they were', async (table, column, edit) => {
    const before = await rowsOf(table, column);
    expect(before.length).toBeGreaterThan(0);
    await expect(kit.db.query(`UPDATE "disputes"."${table}" SET ${edit} WHERE "${column}" = $1`, [keys[table]])).rejects.toThrow(`${table} is append-only (UPDATE refused)`);
    await expect(kit.db.query(`DELETE FROM "disputes"."${table}" WHERE "${column}" = $1`, [keys[table]])).rejects.toThrow(`${table} is append-only (DELETE refused)`);
    expect(await rowsOf(table, column)).toEqual(before);
  });

  it.each([...TABLES.map(([table]) => table), 'evidence_files'])('%s refuses TRUNCATE (no row trigger fires for it: a statement trigger does)', async (table) => {
    const [{ n: before }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "disputes"."${table}"`)) as Array<{ n: number }>;
    expect(before).toBeGreaterThan(0);
    // CASCADE: the tables referencing it are truncated in the same statement, and refuse it too
    await expect(kit.db.query(`TRUNCATE "disputes"."${table}" CASCADE`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    // Other suites share this database and may add rows meanwhile: nothing may be gone.
    const [{ n: after }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "disputes"."${table}"`)) as Array<{ n: number }>;
    expect(after).toBeGreaterThanOrEqual(before);
  });
});
