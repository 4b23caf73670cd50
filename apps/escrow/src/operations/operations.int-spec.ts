/**
 * Operations against the real PostgreSQL, Redis and Kafka (an in-process escrow app): the escrow view for its
 * marketplace and for operators, the operators' list, manual money actions with four eyes (force refund,
 * correcting entry, claw-back after a release) and claw-back requests from disputes.
 */
import { randomUUID } from 'node:crypto';
import { PermanentEventError } from '@trustcircle/messaging';
import type { OperatorRole } from '@trustcircle/security';
import { EscrowMoney } from '../escrow/application/shared/escrow-money.service';
import { EscrowTransitions } from '../escrow/application/shared/escrow-transitions';
import { LedgerService } from '../ledger/application/ledger.service';
import { EscrowTestKit, type OpenedEscrow, type TestPartner } from '../testing/escrow-test-kit';
import { RecordClawbackRequestUseCase } from './application/record-clawback-request/record-clawback-request.use-case';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let otherMarketplace: TestPartner;
let partner: TestPartner;
const operator = (role: OperatorRole, operatorId?: string): string => kit.operatorToken(role, operatorId);
const adminA = randomUUID();
const adminB = randomUUID();

/** A funded escrow of 1,000,000 VND (2% fee). */
async function funded(): Promise<OpenedEscrow> {
  const opened = await kit.openEscrow(marketplace.id);
  const res = await kit.pay(partner, { orderId: opened.orderId });
  expect(res.body).toMatchObject({ escrowState: 'FUNDED' });
  return opened;
}

/** A released escrow (980,000 to the seller, 20,000 fee). */
async function released(): Promise<OpenedEscrow> {
  const opened = await funded();
  await kit.tx(async (m) => {
    const escrow = await kit.app.get(EscrowTransitions).lockByOrder(m, opened.orderId);
    if (!escrow) throw new Error('no escrow');
    await kit.app.get(EscrowMoney).release(m, escrow, 'INSPECTION_WINDOW_ELAPSED');
  });
  return opened;
}

const propose = (orderId: string, body: Record<string, unknown>, token = operator('admin', adminA)) => kit.call('POST', `/v1/escrows/${orderId}/manual-actions`, token, { reason: 'test', ...body });
const decide = (orderId: string, actionId: unknown, verb: 'approve' | 'reject', token: string, body: Record<string, unknown> = {}) =>
  kit.call('POST', `/v1/escrows/${orderId}/manual-actions/${String(actionId)}/${verb}`, token, body);

/** The platform fee the escrow's posted transactions earned, net of what claw-backs returned. */
async function feeOf(escrowId: string): Promise<bigint> {
  const [{ fee }] = (await kit.db.query(
    `SELECT coalesce(sum(CASE WHEN e."side" = 'CREDIT' THEN e."amount" ELSE -e."amount" END), 0)::text AS "fee"
       FROM "escrow"."ledger_entries" e JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id" JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
      WHERE t."escrow_id" = $1 AND t."status" = 'POSTED' AND a."type" = 'PLATFORM_FEE_REVENUE'`,
    [escrowId],
  )) as Array<{ fee: string }>;
  return BigInt(fee);
}

/** The split of each claw-back posted on the escrow (ledger metadata), in order. */
async function clawbackSplits(escrowId: string): Promise<Array<{ feeShare: string; sellerShare: string }>> {
  const rows = (await kit.db.query(`SELECT "metadata" FROM "escrow"."ledger_transactions" WHERE "escrow_id" = $1 AND "purpose" = 'CLAWBACK' ORDER BY "created_at"`, [escrowId])) as Array<{
    metadata: Record<string, string>;
  }>;
  return rows.map((r) => ({ feeShare: r.metadata.feeShare, sellerShare: r.metadata.sellerShare }));
}

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
  otherMarketplace = await kit.registerPartner('MARKETPLACE');
});

afterAll(async () => {
  await kit?.close();
});

describe('GET /v1/escrows/{orderId}', () => {
  it('shows a marketplace its own escrow with amounts, payments and ledger lines; operators see it too', async () => {
    const { orderId } = await funded();
    const own = await kit.get(`/v1/escrows/${orderId}`, marketplace.apiKey);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      orderId,
      marketplaceId: marketplace.id,
      state: 'FUNDED',
      amounts: { expected: 1_000_000, paid: 1_000_000, heldNow: 1_000_000, released: 0, fee: 0, refunded: 0, paidOut: 0 },
      hold: null,
      deadlines: expect.objectContaining({ fundingDeadline: expect.any(String) }),
    });
    expect(own.body.payments).toEqual([expect.objectContaining({ partnerId: partner.id, amount: 1_000_000, match: 'EXACT' })]);
    expect(own.body.ledgerLines).toEqual([
      expect.objectContaining({ purpose: 'FUND', accountType: 'PARTNER_CLEARING', side: 'DEBIT', amount: 1_000_000 }),
      expect.objectContaining({ purpose: 'FUND', accountType: 'HELD_FUNDS', side: 'CREDIT', amount: 1_000_000 }),
    ]);
    const seen = await kit.get(`/v1/escrows/${orderId}`, operator('viewer'));
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual(own.body);
  });

  it('answers 404 to another marketplace, 401 without a token, 400 to a bad id', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const foreign = await kit.get(`/v1/escrows/${orderId}`, otherMarketplace.apiKey);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ type: expect.stringContaining('escrow-not-found') });
    expect((await kit.get(`/v1/escrows/${randomUUID()}`, operator('viewer'))).status).toBe(404);
    expect((await kit.get(`/v1/escrows/${orderId}`)).status).toBe(401);
    expect((await kit.get(`/v1/escrows/not-a-uuid`, operator('viewer'))).status).toBe(400);
  });
});

describe('GET /v1/escrows (operators)', () => {
  it('pages a marketplace’s escrows newest first by state, and is for operators only', async () => {
    const mkp = await kit.registerPartner('MARKETPLACE');
    const opened = [];
    for (let i = 0; i < 3; i++) opened.push(await kit.openEscrow(mkp.id));
    const first = await kit.get(`/v1/escrows?marketplaceId=${mkp.id}&state=AWAITING_FUNDING&limit=2`, operator('viewer'));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const next = await kit.get(`/v1/escrows?marketplaceId=${mkp.id}&state=AWAITING_FUNDING&limit=2&cursor=${String(first.body.nextCursor)}`, operator('viewer'));
    expect(next.body.nextCursor).toBeNull();
    const ids = [...(first.body.items as unknown as Array<{ orderId: string }>), ...(next.body.items as unknown as Array<{ orderId: string }>)].map((e) => e.orderId);
    expect(ids.sort()).toEqual(opened.map((o) => o.orderId).sort());
    expect((await kit.get(`/v1/escrows?marketplaceId=${mkp.id}`, mkp.apiKey)).status).toBe(403);
    expect((await kit.get(`/v1/escrows?cursor=garbage`, operator('viewer'))).status).toBe(400);
  });
});

describe('manual actions: proposals', () => {
  it('needs an admin, refuses what does not apply (409) and bad correcting entries (422 naming the field)', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    expect((await propose(orderId, { kind: 'FORCE_REFUND' }, operator('mediator'))).status).toBe(403);
    const notFunded = await propose(orderId, { kind: 'FORCE_REFUND' });
    expect(notFunded.status).toBe(409);
    expect(notFunded.body).toMatchObject({ type: expect.stringContaining('manual-action-not-applicable') });
    expect((await propose(orderId, { kind: 'SEIZE' })).body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'kind' })]));

    const { orderId: fundedOrder } = await funded();
    const escrow = await kit.escrow(fundedOrder);
    const unbalanced = await propose(fundedOrder, {
      kind: 'CORRECTING_ENTRY',
      postings: [
        { accountCode: `partner_clearing:${partner.id}`, side: 'DEBIT', amount: 1000 },
        { accountCode: `held_funds:${escrow.id}`, side: 'CREDIT', amount: 999 },
      ],
    });
    expect(unbalanced.status).toBe(422);
    expect(unbalanced.body).toMatchObject({ field: 'postings' });
    const foreign = await propose(fundedOrder, {
      kind: 'CORRECTING_ENTRY',
      postings: [
        { accountCode: `held_funds:${randomUUID()}`, side: 'DEBIT', amount: 1000 },
        { accountCode: `held_funds:${escrow.id}`, side: 'CREDIT', amount: 1000 },
      ],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({ field: 'postings.0.accountCode' });
    expect((await propose(fundedOrder, { kind: 'FORCE_REFUND', amount: 5 })).body).toMatchObject({ status: 422, field: 'amount' });
    expect((await kit.get(`/v1/escrows/${fundedOrder}/manual-actions`, operator('viewer'))).body).toEqual([]);
  });
});

describe('manual actions: a correcting entry', () => {
  it('posts the balanced lines once a second admin approves; a rejected one posts nothing', async () => {
    const { orderId } = await funded();
    const escrow = await kit.escrow(orderId);
    const postings = [
      { accountCode: `partner_clearing:${partner.id}`, side: 'DEBIT', amount: 5_000 },
      { accountCode: `held_funds:${escrow.id}`, side: 'CREDIT', amount: 5_000 },
    ];
    const rejected = await propose(orderId, { kind: 'CORRECTING_ENTRY', postings });
    expect(rejected.status).toBe(201);
    const no = await decide(orderId, rejected.body.actionId, 'reject', operator('admin', adminB), { note: 'not needed' });
    expect(no.body).toMatchObject({ status: 'REJECTED', decidedBy: adminB, note: 'not needed' });
    expect(await kit.held(orderId)).toBe(1_000_000n);

    const proposal = await propose(orderId, { kind: 'CORRECTING_ENTRY', postings });
    expect(proposal.body).toMatchObject({ kind: 'CORRECTING_ENTRY', amount: 5_000, status: 'PROPOSED', proposedBy: adminA });
    const yes = await decide(orderId, proposal.body.actionId, 'approve', operator('admin', adminB));
    expect(yes.status).toBe(200);
    expect(await kit.held(orderId)).toBe(1_005_000n);
    const view = await kit.get(`/v1/escrows/${orderId}`, operator('viewer'));
    expect((view.body.ledgerLines as unknown as Array<{ purpose: string }>).filter((l) => l.purpose === 'CORRECTION')).toHaveLength(2);
    const events = await kit.events(orderId);
    expect(events.filter((e) => e.type === 'escrow.manual-action-decided').map((e) => e.data.decision)).toEqual(['REJECTED', 'APPROVED']);
    expect((await decide(orderId, proposal.body.actionId, 'reject', operator('admin'))).status).toBe(409);
  });
});

describe('manual actions: force refund (needs the instruction issuer)', () => {
  it('is proposed by admin A, refused to A (403) and to a mediator (403), executed on B’s approval', async () => {
    const { orderId } = await funded();
    const proposal = await propose(orderId, { kind: 'FORCE_REFUND', reason: 'Seller closed the shop' });
    expect(proposal.status).toBe(201);
    expect(proposal.body).toMatchObject({ kind: 'FORCE_REFUND', amount: 1_000_000, status: 'PROPOSED', proposedBy: adminA });
    const self = await decide(orderId, proposal.body.actionId, 'approve', operator('admin', adminA));
    expect(self.status).toBe(403);
    expect(self.body).toMatchObject({ type: expect.stringContaining('four-eyes-required') });
    expect((await decide(orderId, proposal.body.actionId, 'approve', operator('mediator'))).status).toBe(403);
    expect((await kit.escrow(orderId)).state).toBe('FUNDED');

    const approved = await decide(orderId, proposal.body.actionId, 'approve', operator('admin', adminB), { note: 'ok' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', proposedBy: adminA, decidedBy: adminB, note: 'ok' });
    expect((await kit.escrow(orderId)).state).toBe('REFUNDED');
    expect(await kit.held(orderId)).toBe(0n);
    const types = await kit.eventTypes(orderId);
    expect(types).toEqual(expect.arrayContaining(['escrow.manual-action-proposed', 'escrow.manual-action-decided', 'escrow.escrow-refunded']));
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.escrow-refunded')?.data).toMatchObject({ reason: 'OPERATOR', amount: 1_000_000, refundType: 'FULL' });
    expect((await decide(orderId, proposal.body.actionId, 'approve', operator('admin'))).status).toBe(409);
    const listed = await kit.get(`/v1/escrows/${orderId}/manual-actions`, operator('viewer'));
    expect(listed.body).toEqual([expect.objectContaining({ actionId: proposal.body.actionId, status: 'APPROVED', proposedBy: adminA, decidedBy: adminB })]);
  });
});

describe('claw-backs (need the instruction issuer)', () => {
  it('records a claw-back request from disputes once, with an operator alert; an unknown order is permanent', async () => {
    const { orderId } = await released();
    const disputeId = randomUUID();
    const request = { orderId, disputeId, amount: 300_000, causeEventId: randomUUID(), requestedAt: new Date().toISOString() };
    const record = (r: typeof request) => kit.tx((m) => kit.app.get(RecordClawbackRequestUseCase).execute(m, r));
    expect(await record(request)).toBe(true);
    expect(await record(request)).toBe(false);
    const [row] = (await kit.db.query(`SELECT "status", "amount"::text AS "amount" FROM "escrow"."clawback_requests" WHERE "id" = $1`, [request.causeEventId])) as Array<{ status: string; amount: string }>;
    expect(row).toEqual({ status: 'OPEN', amount: '300000' });
    expect(await kit.operatorAlerts({ orderId })).toHaveLength(1);
    await expect(record({ ...request, orderId: randomUUID(), causeEventId: randomUUID() })).rejects.toBeInstanceOf(PermanentEventError);

    // The operators' CLAWBACK for that dispute answers the request.
    const proposal = await propose(orderId, { kind: 'CLAWBACK', amount: 300_000, disputeId });
    expect(proposal.status).toBe(201);
    const [linked] = (await kit.db.query(`SELECT "status", "action_id" FROM "escrow"."clawback_requests" WHERE "id" = $1`, [request.causeEventId])) as Array<{ status: string; action_id: string }>;
    expect(linked).toEqual({ status: 'PROPOSED', action_id: proposal.body.actionId });
    expect((await decide(orderId, proposal.body.actionId, 'approve', operator('admin', adminB))).status).toBe(200);
    const [done] = (await kit.db.query(`SELECT "status" FROM "escrow"."clawback_requests" WHERE "id" = $1`, [request.causeEventId])) as Array<{ status: string }>;
    expect(done.status).toBe('DONE');
  });

  it('claws back at most what was released gross: the seller owes their share, the platform returns its fee share, the buyer gets it all', async () => {
    const opened = await released();
    const escrow = await kit.escrow(opened.orderId);
    const receivable = { type: 'SELLER_RECEIVABLE', marketplaceId: marketplace.id, sellerId: opened.sellerId } as const;
    expect((await propose(opened.orderId, { kind: 'CLAWBACK', amount: 1_000_001 })).body).toMatchObject({ status: 422, field: 'amount' });

    // 400,000 of the 1,000,000 released (980,000 + 20,000 fee): the platform returns 8,000, the seller owes 392,000.
    const proposal = await propose(opened.orderId, { kind: 'CLAWBACK', amount: 400_000 });
    expect(proposal.status).toBe(201);
    expect((await propose(opened.orderId, { kind: 'CLAWBACK', amount: 600_001 })).body).toMatchObject({ status: 422, field: 'amount' }); // 400,000 proposed
    expect((await decide(opened.orderId, proposal.body.actionId, 'approve', operator('admin', adminA))).status).toBe(403);
    expect((await decide(opened.orderId, proposal.body.actionId, 'approve', operator('admin', adminB))).status).toBe(200);
    expect(await kit.balance(receivable)).toBe(392_000n);
    expect(await kit.balance({ type: 'BUYER_REFUND_PAYABLE', escrowId: escrow.id })).toBe(400_000n);
    expect(await feeOf(escrow.id)).toBe(12_000n);
    expect(await clawbackSplits(escrow.id)).toEqual([{ feeShare: '8000', sellerShare: '392000' }]);
    const recorded = (await kit.events(opened.orderId)).find((e) => e.type === 'escrow.clawback-recorded');
    expect(recorded?.data).toMatchObject({ clawbackId: proposal.body.actionId, amount: 400_000, marketplaceId: marketplace.id, sellerId: opened.sellerId, proposedBy: adminA, approvedBy: adminB, disputeId: null });
    const view = await kit.get(`/v1/escrows/${opened.orderId}`, marketplace.apiKey);
    expect(view.body.amounts).toMatchObject({ released: 1_000_000, fee: 20_000, releasedToSeller: 980_000, refunded: 400_000, clawedBack: 400_000, heldNow: 0 });
    expect((await propose(opened.orderId, { kind: 'CLAWBACK', amount: 600_001 })).body).toMatchObject({ status: 422, field: 'amount' });

    // The rest, 600,000, reaches the limit: it returns the fee still unreturned (12,000); the buyer has all 1,000,000 back.
    const rest = await propose(opened.orderId, { kind: 'CLAWBACK', amount: 600_000 });
    expect(rest.status).toBe(201);
    expect((await decide(opened.orderId, rest.body.actionId, 'approve', operator('admin', adminB))).status).toBe(200);
    expect(await kit.balance(receivable)).toBe(980_000n);
    expect(await kit.balance({ type: 'BUYER_REFUND_PAYABLE', escrowId: escrow.id })).toBe(1_000_000n);
    expect(await feeOf(escrow.id)).toBe(0n);
    expect(await clawbackSplits(escrow.id)).toEqual([
      { feeShare: '8000', sellerShare: '392000' },
      { feeShare: '12000', sellerShare: '588000' },
    ]);
    expect((await kit.eventData(opened.orderId, 'escrow.clawback-recorded')).map((d) => d.amount)).toEqual([400_000, 600_000]);
    const refunds = (await kit.db.query(`SELECT "amount"::text AS "amount" FROM "escrow"."instructions" WHERE "escrow_id" = $1 AND "kind" = 'REFUND' ORDER BY "issued_at", "amount"`, [
      escrow.id,
    ])) as Array<{ amount: string }>;
    expect(refunds.map((r) => r.amount)).toEqual(['400000', '600000']);
    expect((await kit.get(`/v1/escrows/${opened.orderId}`, marketplace.apiKey)).body.amounts).toMatchObject({ released: 1_000_000, refunded: 1_000_000, clawedBack: 1_000_000 });
    expect((await propose(opened.orderId, { kind: 'CLAWBACK', amount: 1 })).body).toMatchObject({ status: 422, field: 'amount' });

    // The ledger check finds nothing wrong with the escrow (conservation counts the fee returned as clawed back).
    const report = await kit.app.get(LedgerService).check();
    expect(report.conservationBroken.filter((c) => c.escrowId === escrow.id)).toEqual([]);
    expect(report.negativeBalances.filter((n) => n.escrowId === escrow.id)).toEqual([]);
  });
});
