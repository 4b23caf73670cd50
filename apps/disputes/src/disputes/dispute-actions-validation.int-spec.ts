/**
 * Malformed bodies for every dispute action and for filing, on the real stack: each answers 400 problem+json naming
 * the field (and, for a rule beyond the DTO's, its code), and nothing is stored (the dispute, its trail, evidence,
 * offers and events stay as they were; a refused filing leaves no dispute and no event).
 */
import { DisputesTestKit, type SeededOrder, type TestPartner } from '../testing/disputes-test-kit';

jest.setTimeout(60_000);

const DAY = 86_400_000;
let kit: DisputesTestKit;
let shop: TestPartner;

beforeAll(async () => {
  kit = await DisputesTestKit.start();
  shop = await kit.registerPartner('MARKETPLACE');
});

afterAll(async () => {
  await kit?.close();
});

type Who = 'buyer' | 'shop' | 'mediator';
/** [name, who, action, body, the field named, the code when a rule beyond the DTO's refuses it]. */
type Row = [string, Who, string, Record<string, unknown>, string, string?];

const ok = { message: 'Fine words.' };
const tooLong = 'x'.repeat(5001);
const ROWS: Row[] = [
  // the marketplace's response
  ['no action', 'shop', 'responses', { message: 'x' }, 'action'],
  ['an unknown action', 'shop', 'responses', { action: 'IGNORE', message: 'x' }, 'action'],
  ['no message', 'shop', 'responses', { action: 'ACCEPT' }, 'message'],
  ['an empty message', 'shop', 'responses', { action: 'ACCEPT', message: '' }, 'message'],
  ['a message over 5000 characters', 'shop', 'responses', { action: 'ACCEPT', message: tooLong }, 'message'],
  ['a fractional offer', 'shop', 'responses', { action: 'OFFER_PARTIAL', amount: 1000.5, message: 'x' }, 'amount'],
  ['a negative offer', 'shop', 'responses', { action: 'OFFER_PARTIAL', amount: -5, message: 'x' }, 'amount'],
  ['an amount as a string', 'shop', 'responses', { action: 'OFFER_PARTIAL', amount: '1000', message: 'x' }, 'amount'],
  ['an offer above the total', 'shop', 'responses', { action: 'OFFER_PARTIAL', amount: 2_000_000, message: 'x' }, 'amount'],
  ['an amount with a rejection', 'shop', 'responses', { action: 'REJECT', amount: 10, message: 'x', evidence: [{ url: 'https://a.example/b' }] }, 'amount'],
  ['a rejection without evidence', 'shop', 'responses', { action: 'REJECT', message: 'x' }, 'evidence'],
  ['evidence that is not a list', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: 'https://a.example' }, 'evidence'],
  ['more than 20 pieces of evidence', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: Array.from({ length: 21 }, () => ({ url: 'https://a.example/b' })) }, 'evidence'],
  ['evidence with neither file nor link', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: [{ description: 'nothing' }] }, 'evidence.0.fileId'],
  ['evidence with both file and link', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: [{ fileId: '7d0c1f3e-0000-4000-8000-000000000000', url: 'https://a.example' }] }, 'evidence.0.url'],
  ['a file id that is not a uuid', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: [{ fileId: 'abc' }] }, 'evidence.0.fileId'],
  ['a link over 2000 characters', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: [{ url: `https://a.example/${'x'.repeat(2000)}` }] }, 'evidence.0.url'],
  ['an evidence description over 500 characters', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: [{ url: 'https://a.example', description: 'x'.repeat(501) }] }, 'evidence.0.description'],
  ['a link that is not a URL', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: [{ url: 'www.shop.example/packing.mp4' }] }, 'evidence[0].url', 'LINK_INVALID'],
  ['a link with a user name and password', 'shop', 'responses', { action: 'REJECT', message: 'x', evidence: [{ url: 'http://seller:s3cret@shop.example/invoice.pdf' }] }, 'evidence[0].url', 'LINK_HAS_CREDENTIALS'],
  // the buyer's actions
  ['no decision on the offer', 'buyer', 'offer-response', {}, 'decision'],
  ['an unknown decision', 'buyer', 'offer-response', { decision: 'MAYBE' }, 'decision'],
  ['an empty message with the decision', 'buyer', 'offer-response', { decision: 'ACCEPT', message: '' }, 'message'],
  ['no message when escalating', 'buyer', 'escalate', {}, 'message'],
  ['a message over 5000 characters when withdrawing', 'buyer', 'withdraw', { message: tooLong }, 'message'],
  ['no message in a reply', 'buyer', 'messages', { evidence: [] }, 'message'],
  ['a reply whose second link is not a URL', 'buyer', 'messages', { message: 'x', evidence: [{ url: 'https://photos.example/a.jpg' }, { url: 'https://' }] }, 'evidence[1].url', 'LINK_INVALID'],
  ['a reply with a link carrying a user name', 'buyer', 'messages', { message: 'x', evidence: [{ url: 'http://buyer@photos.example/a.jpg' }] }, 'evidence[0].url', 'LINK_HAS_CREDENTIALS'],
  // mediators
  ['no outcome', 'mediator', 'decision', { reason: 'x' }, 'outcome'],
  ['an unknown outcome', 'mediator', 'decision', { outcome: 'SPLIT', reason: 'x' }, 'outcome'],
  ['no reason', 'mediator', 'decision', { outcome: 'REFUND_FULL' }, 'reason'],
  ['a reason over 2000 characters', 'mediator', 'decision', { outcome: 'REFUND_FULL', reason: 'x'.repeat(2001) }, 'reason'],
  ['no flag action', 'mediator', 'vulnerable-flag', { reason: 'x' }, 'action'],
  ['an unknown category', 'mediator', 'vulnerable-flag', { action: 'CONFIRM', category: 'BUSY', reason: 'x' }, 'category'],
  ['no reason for the flag', 'mediator', 'vulnerable-flag', { action: 'REMOVE' }, 'reason'],
  ['a flag reason over 1000 characters', 'mediator', 'vulnerable-flag', { action: 'REMOVE', reason: 'x'.repeat(1001) }, 'reason'],
  ['confirming with no category declared or given', 'mediator', 'vulnerable-flag', { action: 'CONFIRM', reason: 'x' }, 'category'],
];

const pathOf = (who: Who, id: string, action: string): string => (who === 'buyer' ? `/v1/public/disputes/${id}/${action}` : `/v1/disputes/${id}/${action}`);

async function snapshot(o: SeededOrder, id: string): Promise<unknown> {
  const [row] = (await kit.db.query(`SELECT "state", "updated_at" FROM "disputes"."disputes" WHERE "id" = $1`, [id])) as unknown[];
  const [trail] = (await kit.db.query(`SELECT count(*)::int AS n FROM "disputes"."dispute_messages" WHERE "dispute_id" = $1`, [id])) as unknown[];
  const [evidence] = (await kit.db.query(`SELECT count(*)::int AS n FROM "disputes"."dispute_evidence" WHERE "dispute_id" = $1`, [id])) as unknown[];
  const [offers] = (await kit.db.query(`SELECT count(*)::int AS n FROM "disputes"."dispute_offers" WHERE "dispute_id" = $1`, [id])) as unknown[];
  return { row, trail, evidence, offers, events: await kit.eventTypes(o.orderId) };
}

describe('malformed bodies answer 400 naming the field, storing nothing', () => {
  // A rest parameter: jest takes a test function with more parameters than the row has values for a done-callback test.
  it.each(ROWS)('%s (%s → %s %j) names the field', async (...[, who, action, body, field, code]: Row) => {
    const o = await kit.seedOrderFacts({ marketplaceId: shop.id, fundedAt: new Date(kit.now().getTime() - DAY), inspectionEndsAt: new Date(kit.now().getTime() + 2 * DAY) });
    const id = await kit.fileDispute(o);
    const before = await snapshot(o, id);
    const token = who === 'buyer' ? kit.buyerToken(o) : who === 'shop' ? shop.apiKey : kit.operatorToken('mediator');
    const res = await kit.call('POST', pathOf(who, id, action), token, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.type).toEqual(expect.stringContaining('validation-error'));
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    if (code) expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(await snapshot(o, id)).toEqual(before);
  });

  it('a dispute id that is not a uuid answers 400 (problem+json), not 404 or 500', async () => {
    const res = await kit.call('POST', '/v1/disputes/not-a-uuid/responses', shop.apiKey, { action: 'ACCEPT', ...ok });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('a mediator’s amount must fit the outcome and the order total (400 naming amount, nothing decided)', () => {
  const AMOUNT_ROWS: Array<[string, Record<string, unknown>, string | null]> = [
    ['missing for a partial refund', { outcome: 'REFUND_PARTIAL' }, 'AMOUNT_REQUIRED'],
    ['above the order total', { outcome: 'REFUND_PARTIAL', amount: 1_250_001 }, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    ['the whole order total (a full refund, not a partial one)', { outcome: 'REFUND_PARTIAL', amount: 1_250_000 }, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    ['zero for a partial refund', { outcome: 'REFUND_PARTIAL', amount: 0 }, 'PARTIAL_AMOUNT_OUT_OF_RANGE'],
    ['given with a full refund', { outcome: 'REFUND_FULL', amount: 1_250_000 }, 'AMOUNT_NOT_ALLOWED'],
    ['given with a release to the seller', { outcome: 'RELEASE_TO_SELLER', amount: 10 }, 'AMOUNT_NOT_ALLOWED'],
    ['given with a return and refund', { outcome: 'RETURN_AND_REFUND', amount: 500_000 }, 'AMOUNT_NOT_ALLOWED'],
    ['fractional', { outcome: 'REFUND_PARTIAL', amount: 400_000.5 }, null],
    ['negative', { outcome: 'REFUND_PARTIAL', amount: -400_000 }, null],
    ['a string', { outcome: 'REFUND_PARTIAL', amount: '400000' }, null],
  ];

  /** A dispute of a 1,250,000 VND order, rejected by the marketplace and escalated by the buyer: a mediator's turn. */
  async function escalated(): Promise<{ o: SeededOrder; id: string }> {
    const o = await kit.seedOrderFacts({ marketplaceId: shop.id, fundedAt: new Date(kit.now().getTime() - DAY), inspectionEndsAt: new Date(kit.now().getTime() + 2 * DAY) });
    const id = await kit.fileDispute(o);
    const rejected = await kit.call('POST', `/v1/disputes/${id}/responses`, shop.apiKey, { action: 'REJECT', message: 'Genuine.', evidence: [{ url: 'https://shop.example/invoice' }] });
    const escalatedRes = await kit.call('POST', `/v1/public/disputes/${id}/escalate`, kit.buyerToken(o), { message: 'Please decide.' });
    expect([rejected.status, escalatedRes.status, escalatedRes.body.state]).toEqual([200, 200, 'ESCALATED']);
    return { o, id };
  }

  it.each(AMOUNT_ROWS)('an amount %s (%j) answers 400 naming amount (%s)', async (_name, body, code) => {
    const { o, id } = await escalated();
    const before = await snapshot(o, id);
    const res = await kit.call('POST', `/v1/disputes/${id}/decision`, kit.operatorToken('mediator'), { ...body, reason: 'Decided on the evidence.' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.type).toEqual(expect.stringContaining('validation-error'));
    const errors = res.body.errors as Array<{ field: string; code?: string }>;
    expect(errors.map((e) => e.field)).toContain('amount');
    if (code) expect(res.body).toMatchObject({ field: 'amount', errors: [{ field: 'amount', code }] });
    expect(await snapshot(o, id)).toEqual(before);
    expect(await kit.dispute(id)).toMatchObject({ state: 'ESCALATED', decidedBy: null, decisionReason: null, outcome: null });
  });
});

describe('malformed filings answer 400 naming the field, storing no dispute and no event', () => {
  const FILING_ROWS: Array<[string, string, string | null, (o: SeededOrder) => Record<string, unknown>]> = [
    ['an order code with spaces and a slash', 'orderCode', null, (o) => ({ orderCode: `${o.code} / 1` })],
    ['an order code over 40 characters', 'orderCode', null, () => ({ orderCode: `TC-${'A'.repeat(38)}` })],
    ['an order code that is a number', 'orderCode', null, () => ({ orderCode: 12345678 })],
    ['evidence that is not a list', 'evidence', null, () => ({ evidence: 'https://photos.example/a.jpg' })],
    ['evidence items that are not objects', 'evidence.0', null, () => ({ evidence: ['https://photos.example/a.jpg'] })],
    ['more than 20 pieces of evidence', 'evidence', null, () => ({ evidence: Array.from({ length: 21 }, (_v, i) => ({ url: `https://photos.example/${i}.jpg` })) })],
    ['evidence with neither file nor link', 'evidence.0.fileId', null, () => ({ evidence: [{ description: 'see the photo' }] })],
    ['evidence with a file id that is not a uuid', 'evidence.0.fileId', null, () => ({ evidence: [{ fileId: 'photo-1' }] })],
    ['evidence with both a file and a link', 'evidence.0.url', null, () => ({ evidence: [{ fileId: '7d0c1f3e-0000-4000-8000-000000000000', url: 'https://photos.example/a.jpg' }] })],
    ['a link over 2000 characters', 'evidence.0.url', null, () => ({ evidence: [{ url: `https://photos.example/${'x'.repeat(2000)}` }] })],
    ['a link that is not a URL', 'evidence[0].url', 'LINK_INVALID', () => ({ evidence: [{ url: 'photos.example/a.jpg' }] })],
    ['a link with a user name and password over http', 'evidence[0].url', 'LINK_HAS_CREDENTIALS', () => ({ evidence: [{ url: 'http://buyer:hunter2@photos.example/a.jpg' }] })],
    ['a link that is not http(s)', 'evidence[0].url', 'LINK_SCHEME_NOT_ALLOWED', () => ({ evidence: [{ url: 'javascript:alert(1)' }] })],
  ];

  it.each(FILING_ROWS)('%s names %s (%s)', async (_name, field, code, extra) => {
    const o = await kit.seedOrderFacts({ marketplaceId: shop.id, fundedAt: new Date(kit.now().getTime() - DAY), inspectionEndsAt: new Date(kit.now().getTime() + 2 * DAY) });
    const body = { orderCode: o.code, reason: 'DAMAGED', description: 'The screen arrived cracked.', requestedOutcome: 'REFUND_FULL', ...extra(o) };
    const res = await kit.call('POST', '/v1/public/disputes', kit.buyerToken(o), body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.type).toEqual(expect.stringContaining('validation-error'));
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    if (code) expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS n FROM "disputes"."disputes" WHERE "order_id" = $1`, [o.orderId])) as Array<{ n: number }>;
    expect(n).toBe(0);
    expect(await kit.eventTypes(o.orderId)).toEqual([]);
  });
});
