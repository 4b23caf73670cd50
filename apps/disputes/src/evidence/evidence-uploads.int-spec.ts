/**
 * Evidence files end to end against the real PostgreSQL, Redis and Kafka (an in-process disputes app): uploads by
 * buyers, marketplaces and mediators (multipart), checked on their bytes (spoofed types 400, oversized 413,
 * nothing stored after a refusal, 401 without credentials); attaching them to a dispute (only the uploader's own,
 * once, all or nothing), through filing and through `EVIDENCE_ATTACHMENT`; and serving them only to the dispute's
 * buyer, its marketplace and mediators (404 for everyone and everything else).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DisputesTestKit, type SeededOrder, type TestPartner } from '../testing/disputes-test-kit';
import { BUYER_UPLOADS_PER_ORDER } from './api/buyer-evidence.controller';
import { EVIDENCE_ATTACHMENT, type EvidenceAttachment, type EvidenceItemInput, type EvidenceSubmitter } from './application/evidence-attachment';
import { attachmentDisposition } from './domain/evidence-file-name';
import { SAMPLE_FILES } from './domain/evidence-fixtures';

jest.setTimeout(60_000);

const MiB = 1024 * 1024;
const DAY = 86_400_000;
const BUYER_UPLOADS = '/v1/public/disputes/evidence-files';
const PARTY_UPLOADS = '/v1/disputes/evidence-files';

let kit: DisputesTestKit;
let marketplace: TestPartner;
let otherMarketplace: TestPartner;

beforeAll(async () => {
  kit = await DisputesTestKit.start();
  [marketplace, otherMarketplace] = [await kit.registerPartner('MARKETPLACE'), await kit.registerPartner('MARKETPLACE')];
});

afterAll(async () => {
  await kit?.close();
});

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
  bytes: Buffer;
}

/** `header` followed by random bytes (a file unique to the test), `size` bytes in all. */
const fileOf = (header: Buffer, size = header.length + 2048): Buffer => Buffer.concat([header, randomBytes(Math.min(4096, size - header.length)), Buffer.alloc(Math.max(0, size - header.length - 4096))]);
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function answer(res: Response): Promise<Answer> {
  const bytes = Buffer.from(await res.arrayBuffer());
  let body: Record<string, unknown> = {};
  if ((res.headers.get('content-type') ?? '').includes('json') && bytes.length > 0) body = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  return { status: res.status, body, headers: res.headers, bytes };
}

/** Uploads `bytes` as multipart/form-data in the part `field` (default `file`) with a name and Content-Type (`''`: none claimed). */
async function upload(path: string, bearer: string | undefined, bytes: Buffer | null, opts: { name?: string; type?: string; field?: string; form?: FormData } = {}): Promise<Answer> {
  const form = opts.form ?? new FormData();
  if (bytes) form.append(opts.field ?? 'file', new Blob([new Uint8Array(bytes)], { type: opts.type ?? '' }), opts.name ?? 'evidence.bin');
  return answer(await fetch(`${kit.baseUrl}${path}`, { method: 'POST', headers: bearer ? { authorization: `Bearer ${bearer}` } : {}, body: form }));
}

async function download(path: string, bearer?: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(await fetch(`${kit.baseUrl}${path}`, { headers: { ...headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) } }));
}

/** Rows of the evidence store and uploads, and large objects: what a refusal must leave as it was. */
async function stored(): Promise<{ files: number; uploads: number; largeObjects: number }> {
  const [row] = (await kit.db.query(
    `SELECT (SELECT count(*)::int FROM "disputes"."evidence_files") AS "files", (SELECT count(*)::int FROM "disputes"."evidence_uploads") AS "uploads",
            (SELECT count(*)::int FROM pg_largeobject_metadata) AS "largeObjects"`,
  )) as Array<{ files: number; uploads: number; largeObjects: number }>;
  return row;
}

async function uploadRow(fileId: string): Promise<Record<string, unknown>> {
  const [row] = (await kit.db.query(`SELECT "uploader_role", "order_id", "marketplace_id", "operator_id", "file_name" FROM "disputes"."evidence_uploads" WHERE "file_id" = $1`, [fileId])) as Array<
    Record<string, unknown>
  >;
  return row;
}

/** An order in its inspection window whose marketplace is `mp` (default: the test marketplace). */
const paidOrder = (mp: TestPartner = marketplace): Promise<SeededOrder> =>
  kit.seedOrderFacts({ marketplaceId: mp.id, fundedAt: new Date(kit.now().getTime() - DAY), inspectionEndsAt: new Date(kit.now().getTime() + 2 * DAY) });

const file = (fileId: string, description: string | null = null): EvidenceItemInput => ({ fileId, url: null, description });
const link = (url: string): EvidenceItemInput => ({ fileId: null, url, description: null });

async function fileDispute(order: SeededOrder, evidence: unknown[] = []): Promise<Answer> {
  const res = await kit.call('POST', '/v1/public/disputes', kit.buyerToken(order), { orderCode: order.code, reason: 'DAMAGED', description: 'Vỡ màn hình.', requestedOutcome: 'REFUND_FULL', evidence });
  return { ...res, headers: res.headers, bytes: Buffer.alloc(0) };
}

/** Uploads a unique PNG and answers its file id. */
async function uploadedPng(path: string, bearer: string, name = 'box.png'): Promise<string> {
  const res = await upload(path, bearer, fileOf(SAMPLE_FILES.png), { name, type: 'image/png' });
  expect(res.status).toBe(201);
  return String(res.body.fileId);
}

function attach(disputeId: string, submitter: EvidenceSubmitter, items: EvidenceItemInput[]): ReturnType<EvidenceAttachment['attach']> {
  return kit.tx((m) => kit.app.get<EvidenceAttachment>(EVIDENCE_ATTACHMENT).attach(m, { disputeId, messageId: null, at: kit.now() }, submitter, items));
}

async function evidenceRows(disputeId: string): Promise<Array<Record<string, unknown>>> {
  return (await kit.db.query(
    `SELECT "id", "submitted_by_role", "kind", "file_id", "url", "description", "message_id" FROM "disputes"."dispute_evidence" WHERE "dispute_id" = $1 ORDER BY "seq"`,
    [disputeId],
  )) as Array<Record<string, unknown>>;
}

describe('uploads', () => {
  it.each([
    ['a PNG', SAMPLE_FILES.png, 'Ảnh hộp vỡ.png', 'image/png', 'image/png'],
    ['a JPEG', SAMPLE_FILES.jpeg, 'IMG_0001.JPG', 'image/jpeg', 'image/jpeg'],
    ['a HEIC photo, no type claimed', SAMPLE_FILES.heic, 'IMG_0002.HEIC', '', 'image/heic'],
    ['a PDF', SAMPLE_FILES.pdf, 'hoa-don.pdf', 'application/pdf', 'application/pdf'],
    ['an MP4 video', SAMPLE_FILES.mp4, 'mo-hop.mp4', 'video/mp4', 'video/mp4'],
    ['a WebM video', SAMPLE_FILES.webm, 'clip.webm', 'video/webm', 'video/webm'],
  ])('a buyer uploads %s: 201 with the detected type, size and SHA-256; stored byte-identical for the order', async (_kind, header, name, type, detected) => {
    const order = await paidOrder();
    const bytes = fileOf(header);
    const res = await upload(BUYER_UPLOADS, kit.buyerToken(order), bytes, { name, type });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ fileId: expect.stringMatching(/^[0-9a-f-]{36}$/), contentType: detected, size: bytes.length, sha256: sha256(bytes), uploadedAt: expect.any(String) });
    expect(Math.abs(Date.parse(String(res.body.uploadedAt)) - kit.now().getTime())).toBeLessThan(5000);
    expect(await uploadRow(String(res.body.fileId))).toEqual({ uploader_role: 'BUYER', order_id: order.orderId, marketplace_id: null, operator_id: null, file_name: name.normalize('NFC') });
    expect((await kit.evidenceStore.get(String(res.body.fileId)))?.bytes.equals(bytes)).toBe(true);
  });

  it('a marketplace (API key) and a mediator (operator token) upload on /v1/disputes/evidence-files, each as the owner', async () => {
    const operatorId = randomUUID();
    const byMarketplace = await upload(PARTY_UPLOADS, marketplace.apiKey, fileOf(SAMPLE_FILES.pdf), { name: 'C:\\fakepath\\phieu-giao.pdf', type: 'application/pdf' });
    const byMediator = await upload(PARTY_UPLOADS, kit.operatorToken('mediator', operatorId), fileOf(SAMPLE_FILES.jpeg), { name: 'note\u202Egpj.exe', type: 'image/jpeg' });
    expect([byMarketplace.status, byMediator.status]).toEqual([201, 201]);
    expect(await uploadRow(String(byMarketplace.body.fileId))).toEqual({ uploader_role: 'MERCHANT', order_id: null, marketplace_id: marketplace.id, operator_id: null, file_name: 'phieu-giao.pdf' });
    expect(await uploadRow(String(byMediator.body.fileId))).toEqual({ uploader_role: 'MEDIATOR', order_id: null, marketplace_id: null, operator_id: operatorId, file_name: 'notegpj.exe' });
  });

  it.each<[string, Buffer | null, { name?: string; type?: string; field?: string }, string]>([
    ['PDF bytes declared and named as a PNG', fileOf(SAMPLE_FILES.pdf), { name: 'photo.png', type: 'image/png' }, 'FILE_TYPE_MISMATCH'],
    ['PDF bytes named .png, no type declared', fileOf(SAMPLE_FILES.pdf), { name: 'photo.png', type: '' }, 'FILE_TYPE_MISMATCH'],
    ['a video declared as a JPEG', fileOf(SAMPLE_FILES.mp4), { name: 'clip.jpg', type: 'image/jpeg' }, 'FILE_TYPE_MISMATCH'],
    ['Windows executable bytes as a PNG', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(512)]), { name: 'photo.png', type: 'image/png' }, 'UNSUPPORTED_FILE_TYPE'],
    ['HTML bytes named .jpg', SAMPLE_FILES.html, { name: 'cat.jpg', type: 'image/jpeg' }, 'UNSUPPORTED_FILE_TYPE'],
    ['an empty file', Buffer.alloc(0), { name: 'empty.png', type: 'image/png' }, 'EMPTY_FILE'],
    ['the file in another part', fileOf(SAMPLE_FILES.png), { name: 'a.png', type: 'image/png', field: 'photo' }, 'MALFORMED_UPLOAD'],
    ['no file at all', null, {}, 'FILE_REQUIRED'],
  ])('refuses %s: 400 naming file, nothing stored', async (_name, bytes, opts, code) => {
    const before = await stored();
    const res = await upload(BUYER_UPLOADS, kit.buyerToken(await paidOrder()), bytes, opts);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: expect.stringContaining('validation-error'), field: 'file', errors: [{ field: 'file', code, message: expect.any(String) }] });
    expect(await stored()).toEqual(before);
  });

  it('refuses a second file and a JSON body (400 naming file), nothing stored', async () => {
    const before = await stored();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(fileOf(SAMPLE_FILES.png))], { type: 'image/png' }), 'a.png');
    const twice = await upload(PARTY_UPLOADS, marketplace.apiKey, fileOf(SAMPLE_FILES.png), { name: 'b.png', type: 'image/png', form });
    const json = await kit.call('POST', PARTY_UPLOADS, marketplace.apiKey, { file: 'aGVsbG8=' });
    expect([twice.status, twice.body.field, json.status, json.body.field]).toEqual([400, 'file', 400, 'file']);
    expect(await stored()).toEqual(before);
  });

  it('takes an image of exactly 10 MiB, and refuses one byte more with 413 naming file', async () => {
    const token = kit.buyerToken(await paidOrder());
    expect((await upload(BUYER_UPLOADS, token, fileOf(SAMPLE_FILES.png, 10 * MiB), { name: 'big.png', type: 'image/png' })).status).toBe(201);
    const before = await stored();
    const res = await upload(BUYER_UPLOADS, token, fileOf(SAMPLE_FILES.png, 10 * MiB + 1), { name: 'big.png', type: 'image/png' });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: expect.stringContaining('evidence-file-too-large'), field: 'file', errors: [{ field: 'file', code: 'FILE_TOO_LARGE' }], maxBytes: { IMAGE: 10 * MiB, PDF: 10 * MiB, VIDEO: 50 * MiB } });
    expect(await stored()).toEqual(before);
  });

  it('refuses a video over 50 MiB with 413 naming file: one byte over (the rules) and beyond (the multipart limit), nothing stored', async () => {
    const before = await stored();
    for (const size of [50 * MiB + 1, 50 * MiB + 2]) {
      const res = await upload(PARTY_UPLOADS, marketplace.apiKey, fileOf(SAMPLE_FILES.mp4, size), { name: 'unboxing.mp4', type: 'video/mp4' });
      expect([size - 50 * MiB, res.status, res.body.field, (res.body.errors as Array<{ code: string }>)[0].code]).toEqual([size - 50 * MiB, 413, 'file', 'FILE_TOO_LARGE']);
    }
    expect(await stored()).toEqual(before);
  });

  it('answers 401 without credentials or with a bad buyer token, 403 to a courier key and a viewer, storing nothing', async () => {
    const before = await stored();
    const png = fileOf(SAMPLE_FILES.png);
    const courier = await kit.registerPartner('COURIER');
    const statuses = [
      (await upload(BUYER_UPLOADS, undefined, png, { name: 'a.png', type: 'image/png' })).status,
      (await upload(BUYER_UPLOADS, 'not-a-token', png, { name: 'a.png', type: 'image/png' })).status,
      (await upload(PARTY_UPLOADS, undefined, png, { name: 'a.png', type: 'image/png' })).status,
      (await upload(PARTY_UPLOADS, courier.apiKey, png, { name: 'a.png', type: 'image/png' })).status,
      (await upload(PARTY_UPLOADS, kit.operatorToken('viewer'), png, { name: 'a.png', type: 'image/png' })).status,
    ];
    expect(statuses).toEqual([401, 401, 401, 403, 403]);
    expect(await stored()).toEqual(before);
  });

  it(`limits a buyer to ${BUYER_UPLOADS_PER_ORDER.limit} uploads per order and hour (429), another order unaffected`, async () => {
    const [order, other] = [await paidOrder(), await paidOrder()];
    const statuses: number[] = [];
    for (let i = 0; i <= BUYER_UPLOADS_PER_ORDER.limit; i++) statuses.push((await upload(BUYER_UPLOADS, kit.buyerToken(order), fileOf(SAMPLE_FILES.png, 64), { name: `${i}.png`, type: 'image/png' })).status);
    expect(statuses).toEqual([...Array<number>(BUYER_UPLOADS_PER_ORDER.limit).fill(201), 429]);
    expect((await upload(BUYER_UPLOADS, kit.buyerToken(other), fileOf(SAMPLE_FILES.png, 64), { name: 'a.png', type: 'image/png' })).status).toBe(201);
  });
});

describe('attaching', () => {
  it('a buyer files with their own upload and a link: both stored with the filing message, the link normalised', async () => {
    const order = await paidOrder();
    const fileId = await uploadedPng(BUYER_UPLOADS, kit.buyerToken(order));
    const res = await fileDispute(order, [{ fileId, description: 'Hộp bị móp' }, { url: 'HTTPS://Shop.example/item/1' }]);
    expect(res.status).toBe(201);
    const rows = await evidenceRows(String(res.body.disputeId));
    expect(rows).toEqual([
      { id: expect.any(String), submitted_by_role: 'BUYER', kind: 'FILE', file_id: fileId, url: null, description: 'Hộp bị móp', message_id: expect.any(String) },
      { id: expect.any(String), submitted_by_role: 'BUYER', kind: 'LINK', file_id: null, url: 'https://shop.example/item/1', description: null, message_id: rows[0].message_id },
    ]);
  });

  it('refuses filing with another buyer’s upload: 400 naming evidence[1].fileId, no dispute stored', async () => {
    const [order, other] = [await paidOrder(), await paidOrder()];
    const othersFile = await uploadedPng(BUYER_UPLOADS, kit.buyerToken(other));
    const res = await fileDispute(order, [{ url: 'https://shop.example/item/1' }, { fileId: othersFile }]);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'evidence[1].fileId', errors: [{ field: 'evidence[1].fileId', code: 'FILE_NOT_FOUND' }] });
    const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "disputes"."disputes" WHERE "order_id" = $1`, [order.orderId])) as Array<{ n: number }>;
    expect(n).toBe(0);
  });

  it('lets a marketplace attach only its own uploads, a mediator any mediator’s, each file once, all or nothing', async () => {
    const order = await paidOrder();
    const buyersFile = await uploadedPng(BUYER_UPLOADS, kit.buyerToken(order));
    const disputeId = String((await fileDispute(order, [{ fileId: buyersFile }])).body.disputeId);
    const merchant: EvidenceSubmitter = { role: 'MERCHANT', marketplaceId: marketplace.id };
    const ownFile = await uploadedPng(PARTY_UPLOADS, marketplace.apiKey);
    const othersFile = await uploadedPng(PARTY_UPLOADS, otherMarketplace.apiKey);
    const mediatorsFile = await uploadedPng(PARTY_UPLOADS, kit.operatorToken('mediator'));
    const refused = (field: string, code: string) => ({ ok: false, refusal: { field, code, message: expect.any(String) } });

    expect(await attach(disputeId, merchant, [file(othersFile)])).toEqual(refused('evidence[0].fileId', 'FILE_NOT_FOUND'));
    expect(await attach(disputeId, merchant, [link('https://a.example'), file(buyersFile)])).toEqual(refused('evidence[1].fileId', 'FILE_NOT_FOUND'));
    expect(await attach(disputeId, merchant, [file(mediatorsFile)])).toEqual(refused('evidence[0].fileId', 'FILE_NOT_FOUND'));
    expect(await attach(disputeId, { role: 'BUYER', orderId: order.orderId }, [file(buyersFile)])).toEqual(refused('evidence[0].fileId', 'FILE_ALREADY_ATTACHED'));
    expect(await attach(disputeId, merchant, [file(ownFile), link('https://a.example'), link('ftp://a.example/x')])).toEqual(refused('evidence[2].url', 'LINK_SCHEME_NOT_ALLOWED'));
    expect(await attach(disputeId, merchant, Array.from({ length: 21 }, (_, i) => link(`https://a.example/${i}`)))).toEqual(refused('evidence', 'TOO_MANY_ITEMS'));
    expect(await evidenceRows(disputeId)).toHaveLength(1);

    expect(await attach(disputeId, merchant, [file(ownFile, 'Phiếu giao hàng')])).toEqual({ ok: true, count: 1 });
    expect(await attach(disputeId, { role: 'MEDIATOR', operatorId: randomUUID() }, [file(mediatorsFile), link('https://b.example/')])).toEqual({ ok: true, count: 2 });
    expect((await evidenceRows(disputeId)).map((r) => [r.submitted_by_role, r.kind, r.file_id ?? r.url])).toEqual([
      ['BUYER', 'FILE', buyersFile],
      ['MERCHANT', 'FILE', ownFile],
      ['MEDIATOR', 'FILE', mediatorsFile],
      ['MEDIATOR', 'LINK', 'https://b.example/'],
    ]);
  });
});

describe('serving files', () => {
  let order: SeededOrder;
  let disputeId: string;
  let fileEvidence: string;
  let merchantEvidence: string;
  let linkEvidence: string;
  let bytes: Buffer;
  let other: { order: SeededOrder; disputeId: string; evidenceId: string };
  const buyerPath = (d: string, e: string): string => `/v1/public/disputes/${d}/evidence/${e}/content`;
  const partyPath = (d: string, e: string): string => `/v1/disputes/${d}/evidence/${e}/content`;

  beforeAll(async () => {
    order = await paidOrder();
    bytes = fileOf(SAMPLE_FILES.jpeg);
    const up = await upload(BUYER_UPLOADS, kit.buyerToken(order), bytes, { name: 'Ảnh hộp vỡ.png', type: '' });
    disputeId = String((await fileDispute(order, [{ fileId: up.body.fileId }, { url: 'https://shop.example/1' }])).body.disputeId);
    const merchantFile = await uploadedPng(PARTY_UPLOADS, marketplace.apiKey, 'phieu.png');
    expect(await attach(disputeId, { role: 'MERCHANT', marketplaceId: marketplace.id }, [file(merchantFile)])).toEqual({ ok: true, count: 1 });
    [fileEvidence, linkEvidence, merchantEvidence] = (await evidenceRows(disputeId)).map((r) => String(r.id));

    const otherOrder = await paidOrder(otherMarketplace);
    const otherFile = await uploadedPng(BUYER_UPLOADS, kit.buyerToken(otherOrder));
    const otherDispute = String((await fileDispute(otherOrder, [{ fileId: otherFile }])).body.disputeId);
    other = { order: otherOrder, disputeId: otherDispute, evidenceId: String((await evidenceRows(otherDispute))[0].id) };
  });

  it('serves the file to the buyer, the marketplace, a mediator and an admin: its bytes as a download of the detected type', async () => {
    const readers: Array<[string, string]> = [
      [buyerPath(disputeId, fileEvidence), kit.buyerToken(order)],
      [partyPath(disputeId, fileEvidence), marketplace.apiKey],
      [partyPath(disputeId, fileEvidence), kit.operatorToken('mediator')],
      [partyPath(disputeId, fileEvidence), kit.operatorToken('admin')],
    ];
    for (const [path, bearer] of readers) {
      const res = await download(path, bearer);
      expect(res.status).toBe(200);
      expect(res.bytes.equals(bytes)).toBe(true);
      expect({
        type: res.headers.get('content-type'),
        disposition: res.headers.get('content-disposition'),
        nosniff: res.headers.get('x-content-type-options'),
        cache: res.headers.get('cache-control'),
        etag: res.headers.get('etag'),
        length: res.headers.get('content-length'),
      }).toEqual({
        type: 'image/jpeg',
        disposition: attachmentDisposition('Ảnh hộp vỡ.png.jpg'),
        nosniff: 'nosniff',
        cache: 'private, no-store',
        etag: `"${sha256(bytes)}"`,
        length: String(bytes.length),
      });
    }
  });

  it('serves each party every file of the dispute (the buyer reads the marketplace’s), and answers 304 to a matching If-None-Match', async () => {
    const merchants = await download(buyerPath(disputeId, merchantEvidence), kit.buyerToken(order));
    expect([merchants.status, merchants.headers.get('content-type'), merchants.headers.get('content-disposition')]).toEqual([200, 'image/png', attachmentDisposition('phieu.png')]);
    const again = await download(buyerPath(disputeId, fileEvidence), kit.buyerToken(order), { 'if-none-match': `"${sha256(bytes)}"`, 'cache-control': 'max-age=0' }); // fetch would add no-cache
    expect([again.status, again.bytes.length]).toEqual([304, 0]);
  });

  it('answers 404 problem+json to everyone and everything else', async () => {
    const cases: Array<[string, string, string]> = [
      ['another buyer', buyerPath(disputeId, fileEvidence), kit.buyerToken(other.order)],
      ['another marketplace', partyPath(disputeId, fileEvidence), otherMarketplace.apiKey],
      ['an operator with the viewer role', partyPath(disputeId, fileEvidence), kit.operatorToken('viewer')],
      ['the buyer, with evidence of another dispute', buyerPath(disputeId, other.evidenceId), kit.buyerToken(order)],
      ['the buyer, with another dispute’s id', buyerPath(other.disputeId, other.evidenceId), kit.buyerToken(order)],
      ['a mediator, with evidence under the wrong dispute', partyPath(other.disputeId, fileEvidence), kit.operatorToken('mediator')],
      ['the buyer, for a link', buyerPath(disputeId, linkEvidence), kit.buyerToken(order)],
      ['a mediator, for a link', partyPath(disputeId, linkEvidence), kit.operatorToken('mediator')],
      ['the marketplace, for unknown evidence', partyPath(disputeId, randomUUID()), marketplace.apiKey],
      ['a mediator, for an unknown dispute', partyPath(randomUUID(), fileEvidence), kit.operatorToken('mediator')],
    ];
    const answers = [];
    for (const [who, path, bearer] of cases) {
      const res = await download(path, bearer);
      answers.push([who, res.status, res.headers.get('content-type')?.split(';')[0], String(res.body.type ?? '').split('/').pop()]);
    }
    expect(answers).toEqual(cases.map(([who]) => [who, 404, 'application/problem+json', 'evidence-not-found']));
  });

  it('answers 401 without credentials', async () => {
    expect([(await download(buyerPath(disputeId, fileEvidence))).status, (await download(partyPath(disputeId, fileEvidence))).status]).toEqual([401, 401]);
  });
});
