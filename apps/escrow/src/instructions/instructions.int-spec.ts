/**
 * Payout and refund instructions against the real PostgreSQL, Redis and Kafka (an in-process escrow app): a refund
 * allocated over two payments, a payout to the order's account pulled (full details) by its partner only, a payout
 * waiting for an account until the marketplace registers one, settlement (ledger, PAID_OUT, repeats, conflicts),
 * failure → retry → escalation, and a claw-back recovered from a payout; the ledger holds for these escrows.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EscrowMoney } from '../escrow/application/shared/escrow-money.service';
import { EscrowTransitions } from '../escrow/application/shared/escrow-transitions';
import { EscrowRecord } from '../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../ledger/application/ledger.service';
import { clawbackSplit, clawbackTransaction } from '../ledger/domain/clawback-movements';
import { EscrowTestKit, type OpenedEscrow, TEST_PAYOUT_ACCOUNT as ACCOUNT, type TestPartner } from '../testing/escrow-test-kit';
import { InstructionRecord } from './infrastructure/instruction.orm-entity';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let otherMarketplace: TestPartner;
let p1: TestPartner;
let p2: TestPartner;
const myEscrows: string[] = [];

/** Opens a PREPAID escrow for `sellerId`, with the order's payout account (ACCOUNT) unless `withAccount: false`. */
async function openEscrow(sellerId: string, opts: { total?: number; withAccount?: boolean } = {}): Promise<OpenedEscrow> {
  const escrow = await kit.openEscrow(marketplace.id, { totalAmount: opts.total ?? 1_000_000 }, { sellerId, withPayoutAccount: opts.withAccount !== false });
  myEscrows.push(escrow.escrowId);
  return escrow;
}

async function pay(escrow: OpenedEscrow, amount: number, as: TestPartner): Promise<string> {
  const res = await kit.pay(as, { orderId: escrow.orderId, amount });
  expect(res.status).toBe(201);
  return res.body.paymentId as string;
}

const settle = (as: TestPartner, body: Record<string, unknown>) => kit.signedPost(as, `/v1/partners/${as.id}/settlements`, body);

/** Moves held money as the lifecycle would (lead's EscrowMoney), under the escrow's lock. */
async function money(escrow: OpenedEscrow, act: (m: EscrowMoney, locked: EscrowRecord, tx: EntityManager) => Promise<unknown>): Promise<void> {
  await kit.tx(async (m) => {
    const locked = (await kit.app.get(EscrowTransitions).lockById(m, escrow.escrowId)) as EscrowRecord;
    await act(kit.app.get(EscrowMoney), locked, m);
  });
}

const release = (escrow: OpenedEscrow) => money(escrow, (em, e, m) => em.release(m, e, 'INSPECTION_WINDOW_ELAPSED'));

function instructionsOf(escrowId: string): Promise<InstructionRecord[]> {
  return kit.db.manager.find(InstructionRecord, { where: { escrowId }, order: { kind: 'ASC', amount: 'DESC' } });
}

async function stateOf(escrow: OpenedEscrow): Promise<string> {
  return (await kit.escrow(escrow.orderId)).state;
}

/** The seller payable's views (posted, pending, available) and totals. */
async function payableViews(escrow: OpenedEscrow) {
  const b = await kit.app.get(LedgerService).balancesOf({ type: 'SELLER_PAYABLE', escrowId: escrow.escrowId, sellerId: escrow.sellerId });
  return { posted: b?.posted, pending: b?.pending, available: b?.available, totals: b?.totals };
}

function settlement(instructionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { instructionId, status: 'SETTLED', settledAt: '2026-03-07T03:00:00.000Z', reference: `FT-${instructionId.slice(0, 8)}`, ...overrides };
}

beforeAll(async () => {
  kit = await EscrowTestKit.start({ INSTRUCTION_MAX_ATTEMPTS: '2', INSTRUCTION_RETRY_BASE_MS: '60000' });
  marketplace = await kit.registerPartner('MARKETPLACE');
  otherMarketplace = await kit.registerPartner('MARKETPLACE');
  p1 = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);
  p2 = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);
});

afterAll(async () => {
  await kit?.close();
});

describe('instructions', () => {
  it('refunds over two payments (oldest first, capped per payment) and pays the rest out from what is left', async () => {
    const escrow = await openEscrow(`shop-${randomUUID()}`);
    const first = await pay(escrow, 400_000, p1);
    const second = await pay(escrow, 600_000, p2);
    // A dispute's partial refund (the hold itself is the lifecycle's business: set directly here).
    await kit.db.manager.update(EscrowRecord, { id: escrow.escrowId }, { state: 'ON_HOLD' });
    await money(escrow, (em, e, m) => em.refundPart(m, e, 700_000n, 'DISPUTE_OUTCOME'));

    const [payout, ...refunds] = await instructionsOf(escrow.escrowId);
    expect(refunds.map((r) => [r.kind, r.partnerId, r.paymentId, r.amount, r.status])).toEqual([
      ['REFUND', p1.id, first, 400_000n, 'PENDING'],
      ['REFUND', p2.id, second, 300_000n, 'PENDING'],
    ]);
    expect(refunds[0].beneficiary).toEqual({ party: 'BUYER', destination: 'ORIGINAL_PAYMENT', sellerId: null, institutionCode: null, accountNumberMasked: null });
    // The released 300,000 less the 2% fee, paid by the only partner with money left.
    expect([payout.kind, payout.partnerId, payout.amount, payout.status]).toEqual(['PAYOUT', p2.id, 294_000n, 'PENDING']);
    const issued = await kit.eventData(escrow.orderId, 'escrow.refund-instruction-issued');
    expect(issued.map((d) => [d.partnerId, d.amount, d.reason])).toEqual([
      [p1.id, 400_000, 'DISPUTE_OUTCOME'],
      [p2.id, 300_000, 'DISPUTE_OUTCOME'],
    ]);
    expect(issued[0].originalPartnerTxnId).toBe(refunds[0].originalPartnerTxnId);

    // Settling everything clears the payables and closes the escrow.
    for (const r of refunds) expect((await settle(r.partnerId === p1.id ? p1 : p2, settlement(r.id))).status).toBe(200);
    expect(await kit.balance({ type: 'BUYER_REFUND_PAYABLE', escrowId: escrow.escrowId })).toBe(0n);
    expect(await stateOf(escrow)).toBe('PARTIALLY_REFUNDED');
    expect((await settle(p2, settlement(payout.id))).status).toBe(200);
    expect(await stateOf(escrow)).toBe('PAID_OUT');
  });

  it('pays out to the order’s account: its partner pulls the full details, another partner gets 404; SETTLED posts the ledger and closes PAID_OUT', async () => {
    const escrow = await openEscrow(`shop-${randomUUID()}`);
    await pay(escrow, 1_000_000, p1);
    await release(escrow);
    const [payout] = await instructionsOf(escrow.escrowId);
    expect([payout.kind, payout.status, payout.amount, payout.partnerId]).toEqual(['PAYOUT', 'PENDING', 980_000n, p1.id]);
    const [issued] = await kit.eventData(escrow.orderId, 'escrow.payout-instruction-issued');
    expect(issued).toMatchObject({ instructionId: payout.id, amount: 980_000, beneficiary: { party: 'SELLER', destination: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumberMasked: '******6789' } });
    expect(JSON.stringify(issued)).not.toContain(ACCOUNT.accountNumber);

    const pulled = await kit.get(`/v1/partners/${p1.id}/instructions?status=PENDING&limit=100`, p1.apiKey);
    expect(pulled.status).toBe(200);
    let items = pulled.body.items as Array<Record<string, unknown>>;
    let cursor = pulled.body.nextCursor as string | null;
    while (cursor && !items.some((i) => i.instructionId === payout.id)) {
      const next = await kit.get(`/v1/partners/${p1.id}/instructions?status=PENDING&limit=100&cursor=${cursor}`, p1.apiKey);
      items = next.body.items as Array<Record<string, unknown>>;
      cursor = next.body.nextCursor as string | null;
    }
    expect(items.find((i) => i.instructionId === payout.id)).toMatchObject({
      kind: 'PAYOUT',
      status: 'PENDING',
      orderId: escrow.orderId,
      amount: 980_000,
      beneficiary: { accountNumber: ACCOUNT.accountNumber, accountName: ACCOUNT.accountName, accountNumberMasked: '******6789' },
    });
    expect((await kit.get(`/v1/partners/${p1.id}/instructions`, p2.apiKey)).status).toBe(404);
    const theirs = await kit.get(`/v1/partners/${p2.id}/instructions?status=PENDING&limit=100`, p2.apiKey);
    expect((theirs.body.items as Array<{ instructionId: string }>).map((i) => i.instructionId)).not.toContain(payout.id);
    expect((await kit.get(`/v1/partners/${p1.id}/instructions?cursor=nope`, p1.apiKey)).status).toBe(400);

    // Another partner cannot settle it; an unknown instruction is 404 too.
    expect((await settle(p2, settlement(payout.id))).status).toBe(404);
    expect((await settle(p1, settlement(randomUUID()))).status).toBe(404);

    const first = await settle(p1, settlement(payout.id));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ instructionId: payout.id, kind: 'PAYOUT', status: 'SETTLED', attempt: 1, nextAction: null });
    expect(await stateOf(escrow)).toBe('PAID_OUT');
    expect(await kit.balance({ type: 'SELLER_PAYABLE', escrowId: escrow.escrowId, sellerId: escrow.sellerId })).toBe(0n);
    expect(await kit.eventData(escrow.orderId, 'escrow.instruction-settled')).toEqual([expect.objectContaining({ instructionId: payout.id, amount: 980_000, partnerReference: `FT-${payout.id.slice(0, 8)}` })]);
    expect(await kit.eventData(escrow.orderId, 'escrow.escrow-paid-out')).toEqual([expect.objectContaining({ instructionId: payout.id, partnerId: p1.id, amount: 980_000 })]);

    const repeat = await settle(p1, settlement(payout.id));
    expect(repeat).toEqual(first);
    const conflict = await settle(p1, settlement(payout.id, { reference: 'FT-OTHER' }));
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ type: expect.stringContaining('settlement-conflict'), status: 409 });
    expect(await kit.eventData(escrow.orderId, 'escrow.instruction-settled')).toHaveLength(1);
  });

  it('waits for a payout account (AWAITING_ACCOUNT, the marketplace told once) until the marketplace registers one', async () => {
    const sellerId = `shop-${randomUUID()}`;
    const escrow = await openEscrow(sellerId, { withAccount: false });
    await pay(escrow, 1_000_000, p1);
    await release(escrow);
    const [waiting] = await instructionsOf(escrow.escrowId);
    expect([waiting.status, waiting.amount, waiting.payoutDetailsSealed]).toEqual(['AWAITING_ACCOUNT', 980_000n, null]);
    expect(await payableViews(escrow)).toMatchObject({ posted: 980_000n, pending: 980_000n, available: 980_000n }); // nothing in flight yet
    expect(await kit.eventData(escrow.orderId, 'escrow.payout-account-missing')).toEqual([
      expect.objectContaining({ escrowId: escrow.escrowId, marketplaceId: marketplace.id, sellerId, amount: 980_000 }),
    ]);
    expect(await kit.eventData(escrow.orderId, 'escrow.payout-instruction-issued')).toEqual([]);
    const path = `/v1/sellers/${encodeURIComponent(sellerId)}/payout-account`;
    expect((await kit.get(path, marketplace.apiKey)).status).toBe(404);
    expect((await kit.call('PUT', path, marketplace.apiKey, { ...ACCOUNT, accountNumber: '12 34' })).body).toMatchObject({ status: 400, errors: expect.arrayContaining([expect.objectContaining({ field: 'accountNumber' })]) });

    const put = await kit.call('PUT', path, marketplace.apiKey, ACCOUNT);
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ sellerId, method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumberMasked: '******6789', registeredAt: expect.any(String), updatedAt: expect.any(String) });
    expect(JSON.stringify(put.body)).not.toContain(ACCOUNT.accountNumber);
    const [released] = await instructionsOf(escrow.escrowId);
    expect(released.status).toBe('PENDING');
    expect(await payableViews(escrow)).toMatchObject({ posted: 980_000n, pending: 0n, available: 0n }); // in flight from now
    expect(await kit.eventData(escrow.orderId, 'escrow.payout-instruction-issued')).toEqual([expect.objectContaining({ instructionId: waiting.id, amount: 980_000 })]);

    expect(await kit.call('PUT', path, marketplace.apiKey, ACCOUNT)).toEqual(put);
    expect(await kit.get(path, marketplace.apiKey)).toEqual(put);
    expect((await kit.get(path, otherMarketplace.apiKey)).status).toBe(404);
    expect(await kit.eventData(escrow.orderId, 'escrow.payout-instruction-issued')).toHaveLength(1);

    // A later payout of the same seller uses the registered account at once.
    const later = await openEscrow(sellerId, { withAccount: false, total: 500_000 });
    await pay(later, 500_000, p1);
    await release(later);
    expect((await instructionsOf(later.escrowId)).map((i) => [i.status, i.beneficiary.accountNumberMasked])).toEqual([['PENDING', '******6789']]);
    expect(await kit.eventData(later.orderId, 'escrow.payout-account-missing')).toEqual([]);
  });

  it('retries a FAILED instruction after its backoff, then escalates it with an operator alert', async () => {
    const escrow = await openEscrow(`shop-${randomUUID()}`);
    await pay(escrow, 1_000_000, p1);
    await release(escrow);
    const [payout] = await instructionsOf(escrow.escrowId);
    const failed = await settle(p1, settlement(payout.id, { status: 'FAILED', reference: 'R-1', reason: 'Beneficiary account closed' }));
    expect(failed.body).toMatchObject({ status: 'FAILED', attempt: 1, nextAction: 'RETRY', nextAttemptAt: expect.any(String) });
    expect(await settle(p1, settlement(payout.id, { status: 'FAILED', reference: 'R-1', reason: 'Beneficiary account closed' }))).toEqual(failed);
    expect((await settle(p1, settlement(payout.id))).status).toBe(409);
    expect(await kit.eventData(escrow.orderId, 'escrow.instruction-failed')).toEqual([expect.objectContaining({ attempt: 1, nextAction: 'RETRY', reason: 'Beneficiary account closed' })]);

    await kit.advance(61_000);
    const [retried] = await instructionsOf(escrow.escrowId);
    expect([retried.status, retried.attempt]).toEqual(['PENDING', 2]);
    expect(await kit.eventData(escrow.orderId, 'escrow.payout-instruction-issued')).toHaveLength(2);

    const escalated = await settle(p1, settlement(payout.id, { status: 'FAILED', reference: 'R-2', reason: 'Beneficiary account closed' }));
    expect(escalated.body).toMatchObject({ status: 'ESCALATED', attempt: 2, nextAction: 'ESCALATED', nextAttemptAt: null });
    expect((await instructionsOf(escrow.escrowId))[0].status).toBe('ESCALATED');
    expect(await kit.operatorAlerts({ orderId: escrow.orderId })).toEqual([expect.objectContaining({ code: 'INSTRUCTION_FAILED', severity: 'CRITICAL', service: 'escrow' })]);
    expect(await stateOf(escrow)).toBe('RELEASED');
    expect(await kit.balance({ type: 'SELLER_PAYABLE', escrowId: escrow.escrowId, sellerId: escrow.sellerId })).toBe(980_000n);
  });

  it('deducts the seller’s outstanding claw-back from the next payout', async () => {
    const sellerId = `shop-${randomUUID()}`;
    const earlier = await openEscrow(sellerId);
    await pay(earlier, 1_000_000, p1);
    await release(earlier);
    // A claw-back of 100,000 on 1,000,000 released (20,000 fee): the platform returns 2,000, the seller owes 98,000.
    const split = clawbackSplit(100_000n, { releasedGross: 1_000_000n, feeTaken: 20_000n, clawedBackBefore: 0n, feeReturnedBefore: 0n });
    expect(split).toEqual({ fee: 2_000n, seller: 98_000n });
    await kit.tx((m) =>
      kit.app
        .get(LedgerService)
        .post(m, clawbackTransaction({ escrowId: earlier.escrowId, orderId: earlier.orderId, causeId: randomUUID(), marketplaceId: marketplace.id, sellerId, amount: 100_000n, feeShare: split.fee })),
    );
    const receivable = { type: 'SELLER_RECEIVABLE', marketplaceId: marketplace.id, sellerId } as const;
    expect(await kit.balance(receivable)).toBe(98_000n);

    const next = await openEscrow(sellerId);
    await pay(next, 1_000_000, p2);
    await release(next);
    expect((await instructionsOf(next.escrowId)).map((i) => [i.partnerId, i.amount])).toEqual([[p2.id, 882_000n]]);
    expect(await kit.balance(receivable)).toBe(0n);
    expect(await kit.balance({ type: 'SELLER_PAYABLE', escrowId: next.escrowId, sellerId })).toBe(882_000n);
    await settle(p2, settlement((await instructionsOf(next.escrowId))[0].id));
    expect(await kit.balance({ type: 'SELLER_PAYABLE', escrowId: next.escrowId, sellerId })).toBe(0n);
    expect(await stateOf(next)).toBe('PAID_OUT');
  });

  it('keeps an issued payout in flight in the ledger (pending) through a failure and its retry, and posts it when SETTLED', async () => {
    const ledger = kit.app.get(LedgerService);
    const escrow = await openEscrow(`shop-${randomUUID()}`);
    await pay(escrow, 1_000_000, p1);
    const clearingBefore = (await ledger.balancesOf({ type: 'PARTNER_CLEARING', partnerId: p1.id }))?.totals;
    await release(escrow);
    const [payout] = await instructionsOf(escrow.escrowId);
    expect([payout.status, payout.amount]).toEqual(['PENDING', 980_000n]);
    // Available = posted − in flight; the pending view shows it gone once it settles.
    expect(await payableViews(escrow)).toEqual({
      posted: 980_000n,
      pending: 0n,
      available: 0n,
      totals: { postedDebits: 0n, postedCredits: 980_000n, pendingDebits: 980_000n, pendingCredits: 0n },
    });
    const clearingIssued = (await ledger.balancesOf({ type: 'PARTNER_CLEARING', partnerId: p1.id }))?.totals;
    expect(clearingIssued?.pendingCredits).toBe((clearingBefore?.pendingCredits ?? 0n) + 980_000n);
    const key = `${payout.id}:SETTLE_PAYOUT`;
    expect(await ledger.statusOf(kit.db.manager, key)).toBe('PENDING');

    // A failure keeps it in flight; the retry re-issues the same pending transaction (nothing more).
    await settle(p1, settlement(payout.id, { status: 'FAILED', reference: 'R-1', reason: 'Bank timeout' }));
    await kit.advance(61_000);
    expect((await instructionsOf(escrow.escrowId)).map((i) => [i.status, i.attempt])).toEqual([['PENDING', 2]]);
    const txs = (await kit.db.query(`SELECT "idempotency_key", "status" FROM "escrow"."ledger_transactions" WHERE "idempotency_key" LIKE $1`, [`${payout.id}:%`])) as unknown[];
    expect(txs).toEqual([{ idempotency_key: key, status: 'PENDING' }]);
    expect((await payableViews(escrow)).available).toBe(0n);

    expect((await settle(p1, settlement(payout.id))).status).toBe(200);
    expect(await payableViews(escrow)).toEqual({
      posted: 0n,
      pending: 0n,
      available: 0n,
      totals: { postedDebits: 980_000n, postedCredits: 980_000n, pendingDebits: 0n, pendingCredits: 0n },
    });
    expect(await ledger.statusOf(kit.db.manager, `${key}:posted`)).toBe('POSTED');
    expect(await stateOf(escrow)).toBe('PAID_OUT');
    const report = await ledger.check();
    expect(report).toMatchObject({ ok: true, driftedAccounts: [], unbalancedTransactions: [] });
  });

  it('leaves the ledger sound for these escrows (balanced, nothing held, conservation)', async () => {
    const report = await kit.app.get(LedgerService).check();
    const mine = new Set(myEscrows);
    expect(report.heldOutsideOpenEscrows.filter((h) => mine.has(h.escrowId))).toEqual([]);
    expect((report.conservationBroken ?? []).filter((c) => mine.has(c.escrowId))).toEqual([]);
    expect((report.negativeBalances ?? []).filter((n) => n.escrowId !== null && mine.has(n.escrowId))).toEqual([]);
    expect(report.unbalancedTransactions).toEqual([]);
    for (const id of myEscrows) expect(await kit.balance({ type: 'HELD_FUNDS', escrowId: id })).toBe(0n);
  });
});
