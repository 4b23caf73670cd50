/**
 * Closing payment partners' business days against the real PostgreSQL, Redis and Kafka (an in-process escrow app):
 * on one Vietnamese business day partner A funds an order that is partly refunded by a dispute and paid out (both
 * instructions settled by A, a release fee) and partner B funds another; partner C does nothing. Nothing closes
 * before the day's end plus the grace period; then each active partner gets exactly one settlement, one
 * `escrow.partner-settlement-closed` with the reconciliation report's totals and one signed STATEMENT, chained per
 * partner, verifiable and readable only by that partner and operators; a second run closes nothing more.
 */
import { randomUUID } from 'node:crypto';
import { ApplyDisputeOutcomeUseCase } from '../escrow/application/apply-dispute-outcome/apply-dispute-outcome.use-case';
import { PlaceHoldUseCase } from '../escrow/application/place-hold/place-hold.use-case';
import { RecordShipmentFactUseCase } from '../escrow/application/record-shipment-fact/record-shipment-fact.use-case';
import { businessDateOf, businessDay } from '../reconciliation/domain/business-day';
import { EscrowTestKit, type TestPartner } from '../testing/escrow-test-kit';
import { CloseSettlementDaysUseCase } from './application/close-settlement-days/close-settlement-days.use-case';

jest.setTimeout(60_000);

const MINUTE = 60_000;
let kit: EscrowTestKit;
let marketplace: TestPartner;
let partnerA: TestPartner;
let partnerB: TestPartner;
let partnerC: TestPartner;
let day: string;

interface Doc {
  id: string;
  number: string;
  kind: string;
  subject: string;
  orderId: string | null;
  sequence: number;
  content: { amounts: Array<{ code: string; amount: number }>; facts: Record<string, unknown> };
  jws: string;
  sha256: string;
  previousSha256: string | null;
}

/** Moves the app clock to `at` (forward only) without firing deadlines. */
function clockTo(at: Date): void {
  kit.advanceWithoutSweep(at.getTime() - kit.now().getTime());
}

/** The settlements of the test's partners, oldest day first. */
async function settlementsOf(...partners: TestPartner[]): Promise<Array<Record<string, unknown>>> {
  return (await kit.db.query(
    `SELECT "id", "partner_id", "business_date"::text AS "business_date", "funded_amount"::text AS "funded", "payout_amount"::text AS "payout",
            "refund_amount"::text AS "refund", "fee_amount"::text AS "fee", "line_count"
       FROM "escrow"."partner_settlements" WHERE "partner_id" = ANY($1) ORDER BY "business_date", "partner_id"`,
    [partners.map((p) => p.id)],
  )) as Array<Record<string, unknown>>;
}

/** The `escrow.partner-settlement-closed` payloads recorded for a partner. */
async function closedEvents(partner: TestPartner): Promise<Array<Record<string, unknown>>> {
  const rows = (await kit.db.query(
    `SELECT "envelope" FROM "escrow"."outbox" WHERE "type" = 'escrow.partner-settlement-closed' AND "envelope"->'data'->>'partnerId' = $1 ORDER BY "seq"`,
    [partner.id],
  )) as Array<{ envelope: { data: Record<string, unknown> } }>;
  return rows.map((r) => r.envelope.data);
}

/** The partner's statements, oldest first, as `GET /v1/documents/{id}` answers an operator. */
async function statementsOf(partner: TestPartner): Promise<Doc[]> {
  const rows = (await kit.db.query(`SELECT "id" FROM "escrow"."documents" WHERE "chain_key" = $1 ORDER BY "sequence"`, [`partner:${partner.id}`])) as Array<{ id: string }>;
  const operator = kit.operatorToken('viewer');
  return Promise.all(rows.map(async (r) => (await kit.get(`/v1/documents/${r.id}`, operator)).body as unknown as Doc));
}

/** Closes every due day, batch after batch (the shared test database may hold other tests' days). */
async function closeAllDue(): Promise<number> {
  let closed = 0;
  for (let batch = await kit.app.get(CloseSettlementDaysUseCase).closeDueDays(); batch.length > 0; batch = await kit.app.get(CloseSettlementDaysUseCase).closeDueDays()) {
    closed += batch.length;
  }
  return closed;
}

/** A PREPAID order of `total` funded by `partner` (the seller has a payout account). */
async function fundedOrder(partner: TestPartner, total: number): Promise<string> {
  const order = await kit.openEscrow(marketplace.id, { totalAmount: total }, { withPayoutAccount: true });
  const paid = await kit.pay(partner, { orderId: order.orderId, amount: total, paidAt: kit.now().toISOString() });
  expect(paid.body).toMatchObject({ escrowState: 'FUNDED' });
  return order.orderId;
}

/** Settles the order's instruction of `kind` as its partner would. */
async function settle(partner: TestPartner, orderId: string, kind: 'PAYOUT' | 'REFUND'): Promise<void> {
  const [i] = (await kit.db.query(`SELECT "id" FROM "escrow"."instructions" WHERE "order_id" = $1 AND "kind" = $2`, [orderId, kind])) as Array<{ id: string }>;
  const res = await kit.signedPost(partner, `/v1/partners/${partner.id}/settlements`, { instructionId: i.id, status: 'SETTLED', settledAt: kit.now().toISOString(), reference: `FT-${randomUUID().slice(0, 8)}` });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  ({ kit, marketplace, partner: partnerA } = await EscrowTestKit.startWithPartners());
  partnerB = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);
  partnerC = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);
  // The scenario runs on today's business day at the real time (ledger postings are dated by the database's clock):
  // within a minute of Vietnamese midnight, wait for the next day so it stays inside one day.
  const left = businessDay(businessDateOf(new Date())).to.getTime() - Date.now();
  if (left < MINUTE) await new Promise((r) => setTimeout(r, left + 1_000));
  day = businessDateOf(kit.now());

  // Partner A: 2,000,000 funded, 765,000 refunded by a dispute's decision, the rest released (fee 2% = 24,700) and paid out (1,210,300).
  const orderId = await fundedOrder(partnerA, 2_000_000);
  const apply = (e: Parameters<RecordShipmentFactUseCase['execute']>[1]) => kit.tx((m) => kit.app.get(RecordShipmentFactUseCase).execute(m, e));
  await apply(kit.event('delivery.shipment-first-scanned', { orderId, direction: 'OUTBOUND', scannedAt: kit.now().toISOString() }));
  await apply(kit.event('delivery.shipment-delivered', { orderId, direction: 'OUTBOUND', deliveredAt: kit.now().toISOString() }));
  const disputeId = randomUUID();
  await kit.tx((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId, disputeId })));
  const decided = kit.event('disputes.dispute-resolved', { orderId, disputeId, outcome: 'REFUND_PARTIAL', refundAmount: 765_000, moneyHeld: true });
  await kit.tx((m) => kit.app.get(ApplyDisputeOutcomeUseCase).resolved(m, decided));
  await settle(partnerA, orderId, 'REFUND');
  await settle(partnerA, orderId, 'PAYOUT');
  // Partner B: one payment of 700,000.
  await fundedOrder(partnerB, 700_000);
});

afterAll(async () => {
  await kit?.close();
});

describe('closing a business day per payment partner', () => {
  it('closes nothing before the day ends, nor before the grace period (60 minutes) has passed', async () => {
    await closeAllDue();
    expect(await settlementsOf(partnerA, partnerB, partnerC)).toEqual([]);
    clockTo(new Date(businessDay(day).to.getTime() + 59 * MINUTE));
    await kit.sweep();
    await closeAllDue();
    expect(await settlementsOf(partnerA, partnerB, partnerC)).toEqual([]);
    expect(await closedEvents(partnerA)).toEqual([]);
  });

  it('then closes each active partner’s day once, with the totals of the reconciliation daily report', async () => {
    clockTo(new Date(businessDay(day).to.getTime() + 60 * MINUTE));
    await kit.sweep();
    await closeAllDue();
    const rows = await settlementsOf(partnerA, partnerB, partnerC);
    const expected = {
      [partnerA.id]: { funded: '2000000', payout: '1210300', refund: '765000', fee: '24700', line_count: 3 },
      [partnerB.id]: { funded: '700000', payout: '0', refund: '0', fee: '0', line_count: 1 },
    };
    expect(rows.map((r) => r.partner_id).sort()).toEqual([partnerA.id, partnerB.id].sort()); // C had no line: no statement
    for (const r of rows) expect(r).toMatchObject({ business_date: day, ...expected[r.partner_id as string] });

    const [eventA] = await closedEvents(partnerA);
    expect(await closedEvents(partnerA)).toHaveLength(1);
    expect(eventA).toEqual({
      settlementId: rows.find((r) => r.partner_id === partnerA.id)?.id,
      partnerId: partnerA.id,
      businessDate: day,
      fundedAmount: 2_000_000,
      payoutAmount: 1_210_300,
      refundAmount: 765_000,
      feeAmount: 24_700,
      lineCount: 3,
      closedAt: expect.stringMatching(/Z$/),
    });
    expect(await closedEvents(partnerB)).toEqual([expect.objectContaining({ fundedAmount: 700_000, payoutAmount: 0, refundAmount: 0, feeAmount: 0, lineCount: 1 })]);
    expect(await closedEvents(partnerC)).toEqual([]);

    // The statement and the reconciliation report agree on the day.
    for (const p of [partnerA, partnerB]) {
      const report = await kit.get(`/v1/partners/${p.id}/reconciliation?date=${day}`, p.apiKey);
      const [event] = await closedEvents(p);
      const { fundedAmount, payoutAmount, refundAmount, feeAmount, lineCount } = event;
      expect(report.body.totals).toEqual({ fundedAmount, payoutAmount, refundAmount, feeAmount, lineCount });
    }
  });

  it('closes nothing more on a second run', async () => {
    const before = await settlementsOf(partnerA, partnerB, partnerC);
    await kit.sweep();
    expect((await kit.app.get(CloseSettlementDaysUseCase).closeDueDays()).filter((c) => [partnerA.id, partnerB.id, partnerC.id].includes(c.partnerId))).toEqual([]);
    expect(await settlementsOf(partnerA, partnerB, partnerC)).toEqual(before);
    expect(await closedEvents(partnerA)).toHaveLength(1);
  });

  it('issues the partner’s signed STATEMENT, chained per partner, verifiable, readable by the partner and operators only', async () => {
    // A second day for partner A (one payment of 500,000), closed by the scheduled run (the deadline sweep).
    await fundedOrder(partnerA, 500_000);
    const second = businessDateOf(kit.now());
    expect(second).not.toBe(day);
    clockTo(new Date(businessDay(second).to.getTime() + 61 * MINUTE));
    await kit.sweep();
    expect((await settlementsOf(partnerA)).map((r) => [r.business_date, r.funded, r.line_count])).toEqual([
      [day, '2000000', 3],
      [second, '500000', 1],
    ]);

    const [first, next] = await statementsOf(partnerA);
    expect(await statementsOf(partnerA)).toHaveLength(2);
    expect(first).toMatchObject({ kind: 'STATEMENT', subject: 'PARTNER_SETTLEMENT', orderId: null, sequence: 1, previousSha256: null, number: `BK-${day}-${partnerA.id.replace(/-/g, '').slice(0, 12).toUpperCase()}-01` });
    expect(first.content.amounts.map((a) => [a.code, a.amount])).toEqual([
      ['FUNDED', 2_000_000],
      ['PAYOUT', 1_210_300],
      ['REFUND', 765_000],
      ['FEE', 24_700],
    ]);
    expect(first.content.facts).toMatchObject({ businessDate: day, lineCount: 3 });
    expect(next).toMatchObject({ sequence: 2, previousSha256: first.sha256 });
    const [statementB] = await statementsOf(partnerB);
    expect(statementB).toMatchObject({ sequence: 1, previousSha256: null });

    const verified = await kit.call('POST', '/v1/documents/verify', undefined, { jws: next.jws });
    expect(verified.body).toMatchObject({ valid: true, documentId: next.id, chain: { previousSha256: first.sha256, matchesIssued: true } });

    const path = `/v1/documents/${first.id}`;
    expect((await kit.get(path, partnerA.apiKey)).status).toBe(200);
    expect((await kit.get(path, kit.operatorToken('viewer'))).status).toBe(200);
    expect((await kit.get(path, partnerB.apiKey)).status).toBe(404);
    expect((await kit.get(path, marketplace.apiKey)).status).toBe(404);
  });
});
