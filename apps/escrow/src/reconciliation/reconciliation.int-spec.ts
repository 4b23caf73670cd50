/**
 * Reconciliation with a payment partner against the real PostgreSQL, Redis and Kafka (an in-process escrow
 * app): two orders funded through the signed payments webhook, a settled refund instruction and a release fee,
 * then escrow's day as JSON and CSV (the partner's API key; another partner's id answers 404), and statements
 * compared with it (matched, ours only, theirs only, amount mismatches; the event and the operator alert; a
 * repeat answers the same, other content is a new revision; a bad body names the field).
 */
import { randomUUID } from 'node:crypto';
import { LedgerService } from '../ledger/application/ledger.service';
import { releaseTransaction } from '../ledger/domain/money-movements';
import { EscrowTestKit, type TestPartner, type TestResponse } from '../testing/escrow-test-kit';
import { businessDateOf } from './domain/business-day';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let partner: TestPartner;
let other: TestPartner;
let date: string;
const funded: Array<{ orderId: string; escrowId: string; paymentId: string; partnerTxnId: string; amount: number }> = [];
let refund: { id: string; partnerReference: string; amount: number };

/** POSTs a statement signed by `as` (a new message id each call). */
function postStatement(body: unknown, as: TestPartner): Promise<TestResponse> {
  return kit.signedPost(as, `/v1/partners/${as.id}/statements`, body);
}

/** GETs a day of `partnerId` with a bearer (an API key or an operator token), raw (JSON or CSV). */
function getDay(partnerId: string, query: string, bearer?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${kit.baseUrl}/v1/partners/${partnerId}/reconciliation?${query}`, { headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers } });
}

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
  other = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);

  for (const amount of [1_000_000, 2_500_000]) {
    const { orderId, escrowId } = await kit.openEscrow(marketplace.id, { totalAmount: amount });
    const partnerTxnId = `TXN-${randomUUID()}`;
    const res = await kit.pay(partner, { orderId, partnerTxnId, amount });
    expect(res.status).toBe(201);
    funded.push({ orderId, escrowId, paymentId: res.body.paymentId as string, partnerTxnId, amount });
  }
  date = businessDateOf(new Date());

  // A release of the first escrow (fee 2% of 1,000,000 = 20,000), posted as the release use case does.
  const first = funded[0];
  await kit.tx((m) =>
    kit.app.get(LedgerService).post(m, releaseTransaction({ escrowId: first.escrowId, orderId: first.orderId, causeId: randomUUID(), sellerId: 'seller-1', amount: 1_000_000n, feeBps: 200 })),
  );

  // A refund instruction of the second payment, settled by the partner today (as the settlement endpoint leaves it).
  refund = { id: randomUUID(), partnerReference: `BANK-${randomUUID().slice(0, 8)}`, amount: 300_000 };
  await kit.db.query(
    `INSERT INTO "escrow"."instructions" ("id", "kind", "status", "cause_key", "issue_key", "partner_id", "order_id", "original_partner_txn_id", "amount",
       "reason", "beneficiary", "partner_reference", "settled_at", "settlement_recorded_at", "issued_at", "updated_at")
     VALUES ($1, 'REFUND', 'SETTLED', $2, $2, $3, $4, $5, $6, 'OVERPAYMENT', '{}', $7, now(), now(), now(), now())`,
    [refund.id, `test:${refund.id}`, partner.id, funded[1].orderId, funded[1].partnerTxnId, refund.amount, refund.partnerReference],
  );
});

afterAll(async () => {
  await kit?.close();
});

describe('GET /v1/partners/{partnerId}/reconciliation', () => {
  it('answers the day’s totals and lines as JSON: both payments, the settled refund, the release fee', async () => {
    const res = await getDay(partner.id, `date=${date}`, partner.apiKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { totals: Record<string, number>; lines: Array<Record<string, unknown>>; businessDate: string; timeZone: string };
    expect(body).toMatchObject({ businessDate: date, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(body.totals).toEqual({ fundedAmount: 3_500_000, payoutAmount: 0, refundAmount: 300_000, feeAmount: 20_000, lineCount: 3 });
    expect(body.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PAYMENT', reference: funded[0].partnerTxnId, amount: 1_000_000, orderId: funded[0].orderId, id: funded[0].paymentId, partnerReference: null }),
        expect.objectContaining({ kind: 'PAYMENT', reference: funded[1].partnerTxnId, amount: 2_500_000 }),
        expect.objectContaining({ kind: 'REFUND', reference: refund.id, partnerReference: refund.partnerReference, originalPartnerTxnId: funded[1].partnerTxnId, amount: 300_000 }),
      ]),
    );
  });

  it('answers CSV for ?format=csv and for Accept: text/csv, with a header row, integer amounts and a file name', async () => {
    for (const res of [await getDay(partner.id, `date=${date}&format=csv`, partner.apiKey), await getDay(partner.id, `date=${date}`, partner.apiKey, { accept: 'text/csv' })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="trustcircle-reconciliation-${partner.id}-${date}.csv"`);
      const rows = (await res.text()).split('\r\n');
      expect(rows[0]).toBe('kind,reference,partner_reference,original_partner_txn_id,order_id,amount,occurred_at,id');
      expect(rows).toHaveLength(5); // header, 3 lines, the empty string after the last CRLF
      expect(rows).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^PAYMENT,${funded[1].partnerTxnId},,,${funded[1].orderId},2500000,`))]));
    }
  });

  it('answers 404 for another partner’s id, 401 without a key, and 400 naming date for an impossible day', async () => {
    const foreign = await getDay(partner.id, `date=${date}`, other.apiKey);
    expect(foreign.status).toBe(404);
    const anonymous = await getDay(partner.id, `date=${date}`);
    expect(anonymous.status).toBe(401);
    const bad = await getDay(partner.id, 'date=2026-02-30', partner.apiKey);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ field: string }> }).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'date' })]));
  });

  it('lets an operator read any payment partner’s day, and answers 404 for an id that is not a payment partner', async () => {
    const viewer = kit.operatorToken('viewer');
    const res = await getDay(partner.id, `date=${date}`, viewer);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { totals: { lineCount: number } }).totals.lineCount).toBe(3);
    for (const id of [marketplace.id, randomUUID()]) {
      expect((await getDay(id, `date=${date}`, viewer)).status).toBe(404);
    }
  });
});

describe('POST /v1/partners/{partnerId}/statements', () => {
  it('sorts the statement into matched, ours only, theirs only and amount mismatches; records the event and an alert', async () => {
    const statement = {
      date,
      lines: [
        { reference: funded[0].partnerTxnId, kind: 'PAYMENT', amount: 1_000_000 },
        { reference: funded[1].partnerTxnId, kind: 'PAYMENT', amount: 2_400_000, currency: 'VND', occurredAt: new Date().toISOString() },
        { reference: 'TXN-UNKNOWN-1', kind: 'PAYMENT', amount: 50_000 },
      ],
    };
    const res = await postStatement(statement, partner);
    expect(res.status).toBe(201);
    const r = res.body;
    expect(r).toMatchObject({ partnerId: partner.id, businessDate: date, revision: 1, balanced: false, counts: { matched: 1, oursOnly: 1, theirsOnly: 1, amountMismatches: 1 } });
    expect(r.matched).toEqual([{ kind: 'PAYMENT', reference: funded[0].partnerTxnId, line: 0, amount: 1_000_000, id: funded[0].paymentId, orderId: funded[0].orderId }]);
    expect(r.amountMismatches).toEqual([
      { kind: 'PAYMENT', reference: funded[1].partnerTxnId, line: 1, ourAmount: 2_500_000, theirAmount: 2_400_000, id: funded[1].paymentId, orderId: funded[1].orderId },
    ]);
    expect(r.theirsOnly).toEqual([{ kind: 'PAYMENT', reference: 'TXN-UNKNOWN-1', line: 2, amount: 50_000, duplicate: false }]);
    expect(r.oursOnly).toEqual([expect.objectContaining({ kind: 'REFUND', reference: refund.id, amount: 300_000 })]);

    const id = r.reconciliationId as string;
    expect(await kit.eventData(id, 'escrow.partner-statement-reconciled')).toEqual([
      { reconciliationId: id, partnerId: partner.id, businessDate: date, matchedCount: 1, oursOnlyCount: 1, theirsOnlyCount: 1, amountMismatchCount: 1, balanced: false, reconciledAt: r.reconciledAt },
    ]);
    expect(await kit.operatorAlerts({ mentioning: id })).toEqual([expect.objectContaining({ code: 'RECONCILIATION_MISMATCH', severity: 'WARNING', service: 'escrow', orderId: null })]);
    const [row] = (await kit.db.query(`SELECT "revision", "balanced", "statement_line_count", "our_line_count", "body_hash" FROM "escrow"."partner_reconciliations" WHERE "id" = $1`, [id])) as Array<
      Record<string, unknown>
    >;
    expect(row).toMatchObject({ revision: 1, balanced: false, statement_line_count: 3, our_line_count: 3, body_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // The same content again (another message, lines reordered): the same answer, nothing new recorded.
    const again = await postStatement({ date, lines: [...statement.lines].reverse() }, partner);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(r);
    expect(await kit.eventData(id, 'escrow.partner-statement-reconciled')).toHaveLength(1);

    // Other content: a new revision that balances (the refund matched by the partner's reference), with no alert.
    const fixed = {
      date,
      lines: [
        { reference: funded[0].partnerTxnId, kind: 'PAYMENT', amount: 1_000_000 },
        { reference: funded[1].partnerTxnId, kind: 'PAYMENT', amount: 2_500_000 },
        { reference: refund.partnerReference, kind: 'REFUND', amount: 300_000 },
      ],
    };
    const second = await postStatement(fixed, partner);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ revision: 2, balanced: true, counts: { matched: 3, oursOnly: 0, theirsOnly: 0, amountMismatches: 0 } });
    expect(second.body.reconciliationId).not.toBe(id);
    expect(await kit.eventData(second.body.reconciliationId as string, 'escrow.partner-statement-reconciled')).toEqual([expect.objectContaining({ balanced: true })]);
    expect(await kit.operatorAlerts({ mentioning: second.body.reconciliationId as string })).toEqual([]);
  });

  it('compares another partner’s statement with that partner’s own (empty) day only', async () => {
    const res = await postStatement({ date, lines: [{ reference: funded[0].partnerTxnId, kind: 'PAYMENT', amount: 1_000_000 }] }, other);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ partnerId: other.id, counts: { matched: 0, oursOnly: 0, theirsOnly: 1, amountMismatches: 0 } });
  });

  it.each<[string, Record<string, unknown>]>([
    ['date', { date: '2026-02-30', lines: [] }],
    ['lines', { date: '2026-11-28' }],
    ['lines.0.amount', { date: '2026-11-28', lines: [{ reference: 'T', kind: 'PAYMENT', amount: 10.5 }] }],
    ['lines.0.kind', { date: '2026-11-28', lines: [{ reference: 'T', kind: 'FEE', amount: 10 }] }],
    ['lines.0.reference', { date: '2026-11-28', lines: [{ reference: '', kind: 'PAYMENT', amount: 10 }] }],
    ['lines.0.currency', { date: '2026-11-28', lines: [{ reference: 'T', kind: 'PAYMENT', amount: 10, currency: 'USD' }] }],
  ])('answers 400 naming %s for a bad statement, recording nothing', async (field, body) => {
    const before = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "escrow"."partner_reconciliations" WHERE "partner_id" = $1`, [partner.id])) as Array<{ n: number }>;
    const res = await postStatement(body, partner);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    const after = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "escrow"."partner_reconciliations" WHERE "partner_id" = $1`, [partner.id])) as Array<{ n: number }>;
    expect(after[0].n).toBe(before[0].n);
  });
});
