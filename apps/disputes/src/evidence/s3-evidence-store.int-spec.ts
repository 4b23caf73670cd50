/**
 * The S3 evidence store (`EVIDENCE_STORE=s3`) against a real S3-compatible server: s3rver in process on a random
 * port, a fresh bucket on disk, and the disputes app on the real PostgreSQL, Redis and Kafka. Every kind of file
 * goes into the bucket (key, type, bytes, the SHA-256 checksum and `If-None-Match: *` on the wire) and comes back
 * byte-identical; puts join the caller's transaction; refused bytes write nothing; uploads and downloads work end to
 * end over HTTP; files stored in PostgreSQL before the move are still served; an altered or missing object is an
 * integrity error, never served.
 *
 * s3rver checks signatures but neither enforces `If-None-Match` nor verifies checksums (AWS S3 does both): the test
 * proves the headers are sent, and the store's own SHA-256 check on read catches what a lax server let through.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CLOCK } from '@trustcircle/kernel';
import S3rver from 's3rver';
import { DisputesTestKit, type TestPartner } from '../testing/disputes-test-kit';
import type { EvidenceStore } from './application/evidence-store';
import { SAMPLE_FILES } from './domain/evidence-fixtures';
import type { DetectedFileType } from './domain/file-type';
import { EvidenceIntegrityError } from './infrastructure/evidence-integrity.error';
import { PostgresLargeObjectEvidenceStore } from './infrastructure/postgres-large-object.evidence-store';

jest.setTimeout(60_000);

const BUCKET = 'tc-evidence-test';
const DAY = 86_400_000;

let dir: string;
let server: S3rver;
let bucket: S3Client;
let kit: DisputesTestKit;
let store: EvidenceStore;
let marketplace: TestPartner;
/** Every request s3rver received: method, path (without the query) and headers, as they came over the wire. */
const requests: Array<{ method: string; path: string; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-s3rver-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  server.httpServer?.prependListener('request', (req) => requests.push({ method: String(req.method), path: new URL(String(req.url), endpointOf(port)).pathname, headers: req.headers }));
  const endpoint = endpointOf(port);
  bucket = new S3Client({ region: 'ap-southeast-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  kit = await DisputesTestKit.start({
    EVIDENCE_STORE: 's3',
    EVIDENCE_S3_BUCKET: BUCKET,
    EVIDENCE_S3_ENDPOINT: endpoint,
    EVIDENCE_S3_FORCE_PATH_STYLE: 'true',
    EVIDENCE_S3_ACCESS_KEY_ID: 'S3RVER',
    EVIDENCE_S3_SECRET_ACCESS_KEY: 'S3RVER',
  });
  store = kit.evidenceStore;
  marketplace = await kit.registerPartner('MARKETPLACE');
});

afterAll(async () => {
  await kit?.close();
  bucket?.destroy();
  server?.httpServer?.closeAllConnections();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const endpointOf = (port: number): string => `http://127.0.0.1:${port}`;
const unique = (header: Buffer, extra = 4096): Buffer => Buffer.concat([header, randomBytes(extra)]);
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** The object under `key` as a plain S3 client reads it, or null when there is none. */
async function objectAt(key: string): Promise<{ contentType?: string; metadata?: Record<string, string>; bytes: Buffer } | null> {
  try {
    const o = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    return { contentType: o.ContentType, metadata: o.Metadata, bytes: Buffer.from(await (o.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray()) };
  } catch (e) {
    if ((e as Error).name === 'NoSuchKey') return null;
    throw e;
  }
}

async function keysInBucket(): Promise<string[]> {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((o) => String(o.Key)).sort();
}

async function row(id: string): Promise<Record<string, unknown> | undefined> {
  const rows = (await kit.db.query(`SELECT "storage", "oid", "object_key", "sha256", "size"::int AS "size", "content_type" FROM "disputes"."evidence_files" WHERE "id" = $1`, [id])) as Array<
    Record<string, unknown>
  >;
  return rows[0];
}

async function s3Rows(): Promise<number> {
  const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "disputes"."evidence_files" WHERE "storage" = 's3'`)) as Array<{ n: number }>;
  return n;
}

describe('put and get', () => {
  it.each([
    ['a JPEG', SAMPLE_FILES.jpeg, 'image/jpeg'],
    ['a PNG', SAMPLE_FILES.png, 'image/png'],
    ['a WebP', SAMPLE_FILES.webp, 'image/webp'],
    ['a HEIC', SAMPLE_FILES.heic, 'image/heic'],
    ['a HEIF', SAMPLE_FILES.heif, 'image/heif'],
    ['a PDF', SAMPLE_FILES.pdf, 'application/pdf'],
    ['an MP4', SAMPLE_FILES.mp4, 'video/mp4'],
    ['a QuickTime video', SAMPLE_FILES.mov, 'video/quicktime'],
    ['a WebM', SAMPLE_FILES.webm, 'video/webm'],
  ] as Array<[string, Buffer, DetectedFileType]>)('stores %s as an object in the bucket and reads it back byte-identical', async (_kind, header, contentType) => {
    const bytes = unique(header);
    const sent = requests.length;
    const stored = await store.put(bytes, { contentType });
    expect(stored).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), sha256: sha256(bytes), size: bytes.length, contentType, createdAt: expect.any(Date) });

    const key = `evidence/${stored.id}`;
    expect(await row(stored.id)).toEqual({ storage: 's3', oid: null, object_key: key, sha256: sha256(bytes), size: bytes.length, content_type: contentType });
    const object = await objectAt(key);
    expect({ ...object, bytes: object?.bytes.equals(bytes) }).toEqual({ contentType, metadata: { sha256: sha256(bytes) }, bytes: true });

    const put = requests.slice(sent).filter((r) => r.method === 'PUT');
    expect(put.map((r) => [r.path, r.headers['if-none-match'], r.headers['content-type'], r.headers['x-amz-checksum-sha256'], r.headers['x-amz-meta-sha256']])).toEqual([
      [`/${BUCKET}/${key}`, '*', contentType, createHash('sha256').update(bytes).digest('base64'), sha256(bytes)],
    ]);

    const read = await store.get(stored.id);
    expect(read?.bytes.equals(bytes)).toBe(true);
    expect(read?.meta).toEqual(stored);
  });

  it('answers null for an unknown id and a malformed one', async () => {
    expect(await store.get(randomUUID())).toBeNull();
    expect(await store.get('evidence/../secret')).toBeNull();
  });

  it("joins the caller's transaction: rolled back, no row is left (the object first written is an orphan)", async () => {
    const bytes = unique(SAMPLE_FILES.png);
    let id = '';
    await expect(
      kit.tx(async (m) => {
        ({ id } = await store.put(bytes, { contentType: 'image/png' }, m));
        expect((await store.get(id, m))?.bytes.equals(bytes)).toBe(true);
        throw new Error('the dispute failed');
      }),
    ).rejects.toThrow('the dispute failed');
    expect([await row(id), await store.get(id)]).toEqual([undefined, null]);
    expect((await objectAt(`evidence/${id}`))?.bytes.equals(bytes)).toBe(true);
  });

  it('refuses bytes of another type than the one given, and nothing is written: no request, no object, no row', async () => {
    const [keys, rows, sent] = [await keysInBucket(), await s3Rows(), requests.length];
    await expect(store.put(unique(SAMPLE_FILES.pdf), { contentType: 'image/jpeg' })).rejects.toThrow('evidence store: refused a file (FILE_TYPE_MISMATCH)');
    await expect(store.put(SAMPLE_FILES.html, { contentType: 'image/png' })).rejects.toThrow('UNSUPPORTED_FILE_TYPE');
    await expect(store.put(Buffer.alloc(0), { contentType: 'image/png' })).rejects.toThrow('EMPTY_FILE');
    expect(requests.length).toBe(sent);
    expect([await keysInBucket(), await s3Rows()]).toEqual([keys, rows]);
  });

  it('still serves a file stored as a PostgreSQL large object before the move to S3, without asking the bucket', async () => {
    const bytes = unique(SAMPLE_FILES.pdf);
    const old = await new PostgresLargeObjectEvidenceStore(kit.db, kit.app.get(CLOCK)).put(bytes, { contentType: 'application/pdf' });
    expect(await row(old.id)).toMatchObject({ storage: 'postgres', object_key: null, oid: expect.any(Number) });
    const sent = requests.length;
    const read = await store.get(old.id);
    expect(read?.bytes.equals(bytes)).toBe(true);
    expect(read?.meta).toEqual(old);
    expect(requests.length).toBe(sent);
  });
});

describe('integrity', () => {
  it.each([
    ['overwritten with other bytes of the same size', (b: Buffer): Buffer => Buffer.concat([b.subarray(0, -1), Buffer.from([b[b.length - 1] ^ 0xff])]), 'was altered'],
    ['overwritten with a longer file', (b: Buffer): Buffer => Buffer.concat([b, Buffer.from('x')]), `has ${4096 + SAMPLE_FILES.jpeg.length + 1} bytes, not ${4096 + SAMPLE_FILES.jpeg.length}`],
  ])('an object %s in the bucket makes get throw the integrity error', async (_how, tamper, why) => {
    const bytes = unique(SAMPLE_FILES.jpeg);
    const { id } = await store.put(bytes, { contentType: 'image/jpeg' });
    await bucket.send(new PutObjectCommand({ Bucket: BUCKET, Key: `evidence/${id}`, Body: tamper(bytes), ContentType: 'image/jpeg' }));
    const failure = store.get(id);
    await expect(failure).rejects.toBeInstanceOf(EvidenceIntegrityError);
    await expect(failure).rejects.toThrow(`evidence store: file ${id} does not match its recorded size and SHA-256 (object evidence/${id} ${why})`);
  });

  it('a row whose object is missing makes get throw the integrity error, not answer null', async () => {
    const { id } = await store.put(unique(SAMPLE_FILES.png), { contentType: 'image/png' });
    await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `evidence/${id}` }));
    await expect(store.get(id)).rejects.toThrow(new EvidenceIntegrityError(id, `has no object evidence/${id} in the bucket`));
  });
});

describe('over HTTP', () => {
  const upload = async (bearer: string, bytes: Buffer, name: string): Promise<{ status: number; body: Record<string, unknown> }> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: '' }), name);
    const res = await fetch(`${kit.baseUrl}/v1/public/disputes/evidence-files`, { method: 'POST', headers: { authorization: `Bearer ${bearer}` }, body: form });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const download = async (path: string, bearer: string): Promise<{ status: number; type: string | null; bytes: Buffer }> => {
    const res = await fetch(`${kit.baseUrl}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('a buyer uploads to the bucket, files a dispute with it, and it is served from the bucket; once altered, it is not served', async () => {
    const order = await kit.seedOrderFacts({ marketplaceId: marketplace.id, fundedAt: new Date(kit.now().getTime() - DAY), inspectionEndsAt: new Date(kit.now().getTime() + 2 * DAY) });
    const bytes = unique(SAMPLE_FILES.mp4, 64 * 1024);
    const up = await upload(kit.buyerToken(order), bytes, 'mo-hop.mp4');
    expect(up).toEqual({ status: 201, body: { fileId: expect.any(String), contentType: 'video/mp4', size: bytes.length, sha256: sha256(bytes), uploadedAt: expect.any(String) } });
    const fileId = String(up.body.fileId);
    expect(await row(fileId)).toMatchObject({ storage: 's3', object_key: `evidence/${fileId}` });
    expect((await objectAt(`evidence/${fileId}`))?.bytes.equals(bytes)).toBe(true);

    const disputeId = await kit.fileDispute(order, { evidence: [{ fileId }] });
    const [{ id: evidenceId }] = (await kit.db.query(`SELECT "id" FROM "disputes"."dispute_evidence" WHERE "dispute_id" = $1 AND "file_id" = $2`, [disputeId, fileId])) as Array<{ id: string }>;
    const buyerPath = `/v1/public/disputes/${disputeId}/evidence/${evidenceId}/content`;
    const partyPath = `/v1/disputes/${disputeId}/evidence/${evidenceId}/content`;
    for (const [path, bearer] of [
      [buyerPath, kit.buyerToken(order)],
      [partyPath, marketplace.apiKey],
      [partyPath, kit.operatorToken('mediator')],
    ]) {
      const res = await download(path, bearer);
      expect([res.status, res.type, res.bytes.equals(bytes)]).toEqual([200, 'video/mp4', true]);
    }

    const gets = requests.filter((r) => r.method === 'GET' && r.path === `/${BUCKET}/evidence/${fileId}`).length;
    await bucket.send(new PutObjectCommand({ Bucket: BUCKET, Key: `evidence/${fileId}`, Body: randomBytes(bytes.length), ContentType: 'video/mp4' }));
    const res = await download(buyerPath, kit.buyerToken(order));
    expect([res.status, res.type, JSON.parse(res.bytes.toString('utf8')).type]).toEqual([500, 'application/problem+json; charset=utf-8', expect.stringMatching(/internal-error$/)]);
    expect(requests.filter((r) => r.method === 'GET' && r.path === `/${BUCKET}/evidence/${fileId}`).length).toBe(gets + 1);
  });
});
