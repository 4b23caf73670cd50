/**
 * Signed electronic documents against the real PostgreSQL, Redis and Kafka (an in-process escrow app): an order is
 * driven through funding, a dispute's partial refund (decision, refund, release of the rest) and the payout by the
 * real use cases and endpoints; every movement gets exactly one document, chained, signed with a key of the JWKS
 * (checked with jose), verifiable publicly, printable as a Vietnamese PDF, readable only by its audience; the key
 * rotates (by an admin, and by age) and old documents keep verifying.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { EventOf } from '@trustcircle/contracts';
import { deriveBuyerTokenKeys, signBuyerToken } from '@trustcircle/security';
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { ApplyDisputeOutcomeUseCase } from '../escrow/application/apply-dispute-outcome/apply-dispute-outcome.use-case';
import { PlaceHoldUseCase } from '../escrow/application/place-hold/place-hold.use-case';
import { RecordShipmentFactUseCase } from '../escrow/application/record-shipment-fact/record-shipment-fact.use-case';
import { EscrowTestKit, type OpenedEscrow, type TestPartner } from '../testing/escrow-test-kit';
import { DocumentIssuer } from './application/issue-document/document-issuer';
import { chainIsUnbroken } from './domain/document-chain';
import { signDocument } from './domain/document-jws';
import { pdfText } from './testing/pdf-text';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const env = { ...process.env } as Record<string, string>;
const buyerKeys = deriveBuyerTokenKeys(env.PLATFORM_ENCRYPTION_KEY);
let kit: EscrowTestKit;
let marketplace: TestPartner;
let partner: TestPartner;
let otherMarketplace: TestPartner;
let operator: string;

interface Doc {
  id: string;
  number: string;
  kind: string;
  subject: string;
  orderId: string | null;
  sequence: number;
  content: Record<string, unknown> & { amounts: Array<{ code: string; amount: number }>; chain: { previousSha256: string | null } };
  jws: string;
  sha256: string;
  previousSha256: string | null;
  kid: string;
  issuedAt: string;
}

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
  otherMarketplace = await kit.registerPartner('MARKETPLACE');
  operator = kit.operatorToken('viewer');
});

afterAll(async () => {
  await kit?.close();
});

const buyerToken = (o: OpenedEscrow): string => signBuyerToken({ orderId: o.orderId, orderCode: o.code, now: kit.now(), ttlSeconds: 600 }, buyerKeys.keyId, buyerKeys.signingKey).token;

async function fundedOrder(total: number): Promise<OpenedEscrow> {
  const order = await kit.openEscrow(marketplace.id, { totalAmount: total }, { withPayoutAccount: true });
  expect((await kit.pay(partner, { orderId: order.orderId, amount: total })).body).toMatchObject({ escrowState: 'FUNDED' });
  return order;
}

async function documentsOf(orderId: string, bearer = kit.operatorToken('viewer')): Promise<Doc[]> {
  const res = await kit.get(`/v1/documents?orderId=${orderId}`, bearer);
  expect(res.status).toBe(200);
  return res.body.items as Doc[];
}

const verify = (body: unknown) => kit.call('POST', '/v1/documents/verify', undefined, body);

/** Verifies compact JWSs with jose against a JWKS, as any relying party would. */
async function joseVerifies(jwks: JSONWebKeySet, tokens: string[]): Promise<Array<{ kid: string | undefined; documentId: string } | { error: string }>> {
  const set = createLocalJWKSet(jwks);
  return Promise.all(
    tokens.map((t) =>
      compactVerify(t, set, { algorithms: ['EdDSA'] }).then(
        (r) => ({ kid: r.protectedHeader.kid, documentId: (JSON.parse(new TextDecoder().decode(r.payload)) as { documentId: string }).documentId }),
        (e: { code?: string }) => ({ error: String(e.code) }),
      ),
    ),
  );
}

/** A JWS whose payload segment is `doc` re-encoded, keeping the original header and signature. */
function withPayload(jws: string, doc: unknown): string {
  const [h, , s] = jws.split('.');
  return `${h}.${Buffer.from(JSON.stringify(doc)).toString('base64url')}.${s}`;
}

let order: OpenedEscrow;
let docs: Doc[];

describe('an order driven through funding, a partial refund decided by a dispute, and the payout', () => {
  beforeAll(async () => {
    order = await fundedOrder(2_000_000);
    const apply = (e: Parameters<RecordShipmentFactUseCase['execute']>[1]) => kit.tx((m) => kit.app.get(RecordShipmentFactUseCase).execute(m, e));
    await apply(kit.event('delivery.shipment-first-scanned', { orderId: order.orderId, direction: 'OUTBOUND', scannedAt: kit.now().toISOString() }));
    await apply(kit.event('delivery.shipment-delivered', { orderId: order.orderId, direction: 'OUTBOUND', deliveredAt: kit.now().toISOString() }));
    const disputeId = randomUUID();
    await kit.tx((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId: order.orderId, disputeId })));
    const decided = kit.event('disputes.dispute-resolved', { orderId: order.orderId, disputeId, outcome: 'REFUND_PARTIAL', refundAmount: 765_000, moneyHeld: true });
    await kit.tx((m) => kit.app.get(ApplyDisputeOutcomeUseCase).resolved(m, decided));
    const [payout] = (await kit.db.query(`SELECT "id" FROM "escrow"."instructions" WHERE "order_id" = $1 AND "kind" = 'PAYOUT'`, [order.orderId])) as Array<{ id: string }>;
    const settled = await kit.signedPost(partner, `/v1/partners/${partner.id}/settlements`, { instructionId: payout.id, status: 'SETTLED', settledAt: kit.now().toISOString(), reference: 'FT-DOCS-1' });
    expect(settled.status).toBe(200);
    expect((await kit.escrow(order.orderId)).state).toBe('PAID_OUT');
    docs = await documentsOf(order.orderId);
  });

  it('gives every movement and the decision exactly one document, in the same order, with its amounts in whole VND', async () => {
    expect(docs.map((d) => [d.kind, d.subject])).toEqual([
      ['RECEIPT', 'FUNDING'],
      ['DECISION_RECORD', 'DISPUTE_DECISION'],
      ['RECEIPT', 'REFUND'],
      ['RECEIPT', 'RELEASE'],
      ['RECEIPT', 'PAYOUT'],
    ]);
    const amounts = docs.map((d) => d.content.amounts.map((a) => [a.code, a.amount]));
    expect(amounts).toEqual([
      [['HELD', 2_000_000]],
      [['REFUND_DECIDED', 765_000]],
      [['REFUNDED', 765_000]],
      [['RELEASED', 1_235_000], ['FEE', 24_700], ['SELLER', 1_210_300]],
      [['PAID_OUT', 1_210_300]],
    ]);
    const outbox = (await kit.db.query(`SELECT "id", "type", "envelope" FROM "escrow"."outbox" WHERE "key" = $1 ORDER BY "seq"`, [order.orderId])) as Array<{ id: string; type: string; envelope: { data: Record<string, unknown> } }>;
    const movements = outbox.filter((e) => ['escrow.escrow-funded', 'escrow.escrow-refunded', 'escrow.escrow-released', 'escrow.escrow-paid-out'].includes(e.type));
    expect(movements).toHaveLength(4);
    for (const e of movements) expect(docs.filter((d) => (d.content.source as { eventId: string }).eventId === e.id)).toHaveLength(1);
    // Each document is announced by escrow.document-issued, in the same transaction, right after its movement.
    const issued = outbox.filter((e) => e.type === 'escrow.document-issued').map((e) => e.envelope.data);
    expect(issued).toEqual(
      docs.map((d) => ({
        documentId: d.id,
        orderId: order.orderId,
        kind: d.kind,
        subject: d.subject,
        sourceEventId: (d.content.source as { eventId: string }).eventId,
        sha256: d.sha256,
        previousSha256: d.previousSha256,
        signingKeyId: d.kid,
        issuedAt: d.issuedAt,
      })),
    );
    for (const m of movements) expect(outbox[outbox.indexOf(m) + 1].type).toBe('escrow.document-issued');
  });

  it('chains the order’s documents: the first has no previous hash, each next one the hash of the one before', () => {
    expect(docs.map((d) => d.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(docs[0].previousSha256).toBeNull();
    for (let i = 1; i < docs.length; i++) {
      expect(docs[i].previousSha256).toBe(docs[i - 1].sha256);
      expect(docs[i].content.chain.previousSha256).toBe(docs[i - 1].sha256);
    }
    expect(chainIsUnbroken(docs)).toBe(true);
  });

  it('issues nothing twice for one event, and the database refuses to change or fork a chain', async () => {
    const sourceId = (docs[0].content.source as { eventId: string }).eventId;
    const [row] = (await kit.db.query(`SELECT "envelope" FROM "escrow"."outbox" WHERE "id" = $1`, [sourceId])) as Array<{ envelope: EventOf<'escrow.escrow-funded'> }>;
    const again = await kit.tx((m) => kit.app.get(DocumentIssuer).issueFor(m, row.envelope));
    expect(again.id).toBe(docs[0].id);
    expect(await documentsOf(order.orderId)).toHaveLength(5);
    await expect(kit.db.query(`UPDATE "escrow"."documents" SET "number" = 'X' WHERE "id" = $1`, [docs[0].id])).rejects.toThrow(/immutable/);
    await expect(
      kit.db.query(`INSERT INTO "escrow"."documents" SELECT gen_random_uuid(), 'FORK', "kind", "subject", "order_id", "marketplace_id", "payment_partner_id", "chain_key", 99, gen_random_uuid(), "source_event_type", "content", "jws", repeat('f', 64), "previous_sha256", "signing_key_id", "issued_at" FROM "escrow"."documents" WHERE "id" = $1`, [docs[1].id]),
    ).rejects.toThrow(/documents_chain_previous_uq/);
  });

  it('signs each document with a key of /.well-known/jwks.json, which jose verifies', async () => {
    const res = await fetch(`${kit.baseUrl}/.well-known/jwks.json`);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const jwks = (await res.json()) as JSONWebKeySet;
    expect(jwks.keys[0]).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: docs[0].kid, alg: 'EdDSA', use: 'sig' }); // the active key first
    expect(JSON.stringify(jwks)).not.toMatch(/"d"/); // never a private part
    expect(await joseVerifies(jwks, docs.map((d) => d.jws))).toEqual(docs.map((d) => ({ kid: d.kid, documentId: d.id })));
  });

  it('verifies a genuine document publicly, and refuses an altered one with its reason', async () => {
    const genuine = await verify({ jws: docs[3].jws });
    expect(genuine.status).toBe(200);
    expect(genuine.body).toEqual({ valid: true, documentId: docs[3].id, kid: docs[3].kid, sha256: docs[3].sha256, issuedAt: docs[3].content.issuedAt, chain: { previousSha256: docs[2].sha256, matchesIssued: true } });
    expect((await verify(docs[3])).body).toMatchObject({ valid: true }); // the document as GET returned it

    // The amount edited and re-signed with a fresh key the JWKS does not hold (under its own kid, or claiming ours).
    const edited = { ...docs[3].content, amounts: [{ ...docs[3].content.amounts[0], amount: 2_235_000 }, ...docs[3].content.amounts.slice(1)] };
    const forger = generateKeyPairSync('ed25519').privateKey;
    for (const kid of ['forged-kid', docs[3].kid]) {
      const forged = await signDocument(edited as never, kid, forger);
      expect((await verify({ jws: forged })).body).toMatchObject({ valid: false, reason: 'ALTERED', documentId: docs[3].id, chain: { matchesIssued: false } });
    }
    // One byte of the signature changed; the payload edited under the original signature; the shown content edited.
    const sig = docs[3].jws.split('.')[2];
    const flipped = `${docs[3].jws.slice(0, -sig.length)}${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    expect((await verify({ jws: flipped })).body).toMatchObject({ valid: false, reason: 'ALTERED' });
    expect((await verify({ jws: withPayload(docs[3].jws, edited) })).body).toMatchObject({ valid: false, reason: 'ALTERED' });
    expect((await verify({ ...docs[3], content: edited })).body).toMatchObject({ valid: false, reason: 'ALTERED' });
    // A document escrow never issued, signed by an unknown key.
    const stranger = await signDocument({ ...edited, documentId: randomUUID() } as never, 'forged-kid', forger);
    expect((await verify({ jws: stranger })).body).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY' });
  });

  it('answers bad input with a problem naming the field', async () => {
    for (const body of [{}, { jws: 'not a jws' }, { jws: 42 }]) {
      const res = await verify(body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'jws' })]));
    }
    const badId = await kit.get('/v1/documents/not-a-uuid', operator);
    expect([badId.status, badId.body.field]).toEqual([400, 'id']);
    const badOrder = await kit.get('/v1/documents?orderId=nope', operator);
    expect(badOrder.status).toBe(400);
    expect(badOrder.body.errors).toEqual([expect.objectContaining({ field: 'orderId' })]);
  });

  it('prints a Vietnamese PDF whose text keeps its diacritics, amounts and hashes', async () => {
    const res = await fetch(`${kit.baseUrl}/v1/documents/${docs[3].id}.pdf`, { headers: { authorization: `Bearer ${buyerToken(order)}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    for (const s of ['BIÊN LAI GIẢI NGÂN KÝ QUỸ CHO NGƯỜI BÁN', 'Mã đơn hàng', order.code, '1.235.000 ₫', 'Phí nền tảng', 'Người bán nhận', 'giờ Việt Nam', docs[3].sha256, docs[2].sha256, docs[3].kid, '/v1/documents/verify']) {
      expect(text).toContain(s.normalize('NFC'));
    }
  });

  it('shows documents to their audience only: another marketplace or another order’s buyer gets 404', async () => {
    const other = await fundedOrder(500_000);
    const path = `/v1/documents/${docs[0].id}`;
    expect((await kit.get(path, marketplace.apiKey)).status).toBe(200);
    expect((await kit.get(path, partner.apiKey)).status).toBe(200);
    expect((await kit.get(path, buyerToken(order))).status).toBe(200);
    expect((await kit.get(`/v1/documents?orderId=${order.orderId}`, buyerToken(order))).body.items).toHaveLength(5);
    // The portal's call: a buyer may leave the order out (their own), and sees an empty list before any document.
    expect(((await kit.get('/v1/documents', buyerToken(order))).body.items as Doc[]).map((d) => d.id)).toEqual(docs.map((d) => d.id));
    const unpaid = await kit.openEscrow(marketplace.id, { totalAmount: 300_000 });
    expect(await kit.get('/v1/documents', buyerToken(unpaid))).toMatchObject({ status: 200, body: { items: [] } });
    const missing = await kit.get('/v1/documents', marketplace.apiKey);
    expect([missing.status, missing.body.errors]).toEqual([400, [expect.objectContaining({ field: 'orderId' })]]);
    expect((await kit.get(path, otherMarketplace.apiKey)).status).toBe(404);
    expect((await kit.get(path, buyerToken(other))).status).toBe(404);
    expect((await kit.get(`/v1/documents?orderId=${order.orderId}`, otherMarketplace.apiKey)).status).toBe(404);
    expect((await kit.get(`/v1/documents?orderId=${order.orderId}`, buyerToken(other))).status).toBe(404);
    const pdf = await fetch(`${kit.baseUrl}/v1/documents/${docs[0].id}.pdf`, { headers: { authorization: `Bearer ${otherMarketplace.apiKey}` } });
    expect(pdf.status).toBe(404);
    expect((await kit.get(path)).status).toBe(401);
  });
});

describe('signing key rotation', () => {
  it('rotates on an admin’s request and by age; retired keys stay in the JWKS and old documents keep verifying', async () => {
    const before = (await documentsOf(order.orderId))[0];
    expect((await kit.call('POST', '/v1/documents/signing-keys/rotate', operator)).status).toBe(403); // a viewer
    const rotated = await kit.call('POST', '/v1/documents/signing-keys/rotate', kit.operatorToken('admin'));
    expect(rotated.status).toBe(200);
    expect(rotated.body).toEqual({ kid: expect.any(String), retiredKid: before.kid });

    const next = await fundedOrder(1_000_000);
    const [afterRotation] = await documentsOf(next.orderId);
    expect(afterRotation.kid).toBe(rotated.body.kid);

    await kit.advance(91 * DAY); // older than DOCUMENT_SIGNING_KEY_MAX_AGE_DAYS (90): the next document rotates it
    const aged = await fundedOrder(1_000_000);
    const [afterAge] = await documentsOf(aged.orderId);
    expect(afterAge.kid).not.toBe(rotated.body.kid);

    const jwks = (await kit.get('/.well-known/jwks.json')).body as unknown as JSONWebKeySet;
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([before.kid, afterRotation.kid, afterAge.kid]));
    expect(await joseVerifies(jwks, [before.jws, afterRotation.jws, afterAge.jws])).toEqual([
      { kid: before.kid, documentId: before.id },
      { kid: afterRotation.kid, documentId: afterRotation.id },
      { kid: afterAge.kid, documentId: afterAge.id },
    ]);
    for (const d of [before, afterRotation, afterAge]) expect((await verify({ jws: d.jws })).body).toMatchObject({ valid: true, kid: d.kid });
  });
});
