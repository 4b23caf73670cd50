/**
 * The ledger against the real PostgreSQL (escrow schema, escrow role, migrated by the global setup): posting and
 * balance views, idempotent repeats, refusal of an overdraft of held funds with nothing written, immutable
 * entries, exact balances under 50+ concurrent postings on one escrow, and a passing ledger check; two-phase
 * (pending → posted / voided) transactions with their views, one resolution only (also racing), a pending
 * overdraft refused, and the check with pending transactions present.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { EscrowState } from '@trustcircle/contracts';
import { loadConfig, readProcessEnv, ServiceEnv } from '@trustcircle/config';
import { serviceDataSourceOptions } from '@trustcircle/database';
import { DataSource } from 'typeorm';
import { ESCROW_ENTITIES } from '../database/escrow.entities';
import { EscrowRecord } from '../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from './application/ledger.service';
import { LedgerError } from './domain/ledger-error';
import { fundTransaction, partialRefundTransaction, refundTransaction, releaseTransaction } from './domain/money-movements';
import { settlePayoutTransaction } from './domain/settlement-movements';

jest.setTimeout(60_000);

const env = loadConfig(ServiceEnv, readProcessEnv());
// Expected refusals (immutability, overdraft) are asserted, not logged.
const db = new DataSource({ ...serviceDataSourceOptions({ service: 'escrow', entities: ESCROW_ENTITIES, migrations: [] }, { ...env, DB_POOL_MAX: 12 }), logging: false });
const ledger = new LedgerService(db);
const partnerId = randomUUID();
const sellerId = randomUUID();

beforeAll(async () => {
  await db.initialize();
});
afterAll(async () => {
  await db.destroy();
});

/** An escrow row (the ledger check compares held money with open escrows). */
async function escrow(state: EscrowState = 'FUNDED'): Promise<{ escrowId: string; orderId: string }> {
  const escrowId = randomUUID();
  const orderId = randomUUID();
  const now = new Date();
  await db.manager.insert(EscrowRecord, {
    id: escrowId,
    orderId,
    marketplaceId: randomUUID(),
    orderCode: `LEDGER-${escrowId.slice(0, 8)}`,
    state,
    paymentMethod: 'PREPAID',
    expectedAmount: 0n,
    currency: 'VND',
    paymentReference: `PR-${escrowId}`,
    fundingDeadline: null,
    sellerId,
    sellerPayoutAccount: null,
    feeBps: 0,
    inspectionDays: 3,
    shipByDays: 2,
    openedAt: now,
    updatedAt: now,
    version: 1,
  });
  return { escrowId, orderId };
}

async function setState(escrowId: string, state: EscrowState): Promise<void> {
  await db.manager.update(EscrowRecord, { id: escrowId }, { state });
}

async function held(escrowId: string): Promise<bigint> {
  return (await ledger.balancesOf({ type: 'HELD_FUNDS', escrowId }))?.posted ?? 0n;
}

async function count(table: string, where: string, params: unknown[]): Promise<number> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM "escrow"."${table}" WHERE ${where}`, params)) as Array<{ n: number }>;
  return n;
}

describe('LedgerService (PostgreSQL)', () => {
  it('posts a funding and a release with fee, with posted / pending / available views', async () => {
    const e = await escrow();
    const fund = await db.transaction((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 1_000_000n })));
    expect(fund.kind).toBe('posted');
    expect(await ledger.balances((await ledger.balancesOf({ type: 'HELD_FUNDS', escrowId: e.escrowId }))?.accountId ?? 'missing')).toMatchObject({
      type: 'HELD_FUNDS',
      normalSide: 'CREDIT',
      posted: 1_000_000n,
      pending: 1_000_000n,
      available: 1_000_000n,
      totals: { postedDebits: 0n, postedCredits: 1_000_000n, pendingDebits: 0n, pendingCredits: 0n },
    });

    await db.transaction((m) => ledger.post(m, releaseTransaction({ ...e, causeId: randomUUID(), sellerId, amount: 1_000_000n, feeBps: 333 })));
    await setState(e.escrowId, 'RELEASED');
    expect(await held(e.escrowId)).toBe(0n);
    expect((await ledger.balancesOf({ type: 'SELLER_PAYABLE', escrowId: e.escrowId, sellerId }))?.posted).toBe(966_700n);
    const clearing = await ledger.balancesOf({ type: 'PARTNER_CLEARING', partnerId });
    expect(clearing).toMatchObject({ normalSide: 'DEBIT', posted: 1_000_000n });
  });

  it('posts a repeated idempotency key once and returns the first transaction', async () => {
    const e = await escrow();
    const tx = fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 5_000n });
    const first = await db.transaction((m) => ledger.post(m, tx));
    const again = await db.transaction((m) => ledger.post(m, tx));
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => db.transaction((m) => ledger.post(m, tx))));
    expect(first.kind).toBe('posted');
    expect([again, ...concurrent].map((r) => [r.kind, r.transactionId])).toEqual(Array.from({ length: 11 }, () => ['duplicate', first.transactionId]));
    expect(await held(e.escrowId)).toBe(5_000n);
    expect(await count('ledger_transactions', 'idempotency_key = $1', [tx.idempotencyKey])).toBe(1);
  });

  it('refuses a posting that would make held funds negative, writing nothing of it (the caller goes on)', async () => {
    const e = await escrow();
    await db.transaction((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 100n })));
    const over = refundTransaction({ ...e, causeId: randomUUID(), amount: 101n });
    let refusal: unknown;
    await db.transaction(async (m) => {
      refusal = await ledger.post(m, over).catch((err: unknown) => err);
      await m.query('SELECT 1'); // the caller's transaction is still usable
    });
    expect(refusal).toBeInstanceOf(LedgerError);
    expect((refusal as LedgerError).code).toBe('HELD_FUNDS_NEGATIVE');
    expect(await count('ledger_transactions', 'idempotency_key = $1', [over.idempotencyKey])).toBe(0);
    expect(await ledger.balancesOf({ type: 'BUYER_REFUND_PAYABLE', escrowId: e.escrowId })).toBeNull();
    expect(await held(e.escrowId)).toBe(100n);

    // The database refuses it too, whoever writes.
    await expect(db.query(`UPDATE "escrow"."ledger_accounts" SET posted_debits = posted_debits + 101 WHERE code = $1`, [`held_funds:${e.escrowId}`])).rejects.toThrow(
      /ledger_accounts_held_never_negative/,
    );
    expect(await held(e.escrowId)).toBe(100n);
  });

  it('keeps entries and transactions immutable, and refuses an unbalanced transaction at commit', async () => {
    const e = await escrow();
    const { transactionId } = await db.transaction((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 700n })));
    await expect(db.query(`UPDATE "escrow"."ledger_entries" SET amount = amount + 1 WHERE transaction_id = $1`, [transactionId])).rejects.toThrow(/immutable/);
    await expect(db.query(`DELETE FROM "escrow"."ledger_entries" WHERE transaction_id = $1`, [transactionId])).rejects.toThrow(/immutable/);
    await expect(db.query(`UPDATE "escrow"."ledger_transactions" SET purpose = 'REFUND' WHERE id = $1`, [transactionId])).rejects.toThrow(/immutable/);
    await expect(db.query(`DELETE FROM "escrow"."ledger_transactions" WHERE id = $1`, [transactionId])).rejects.toThrow(/immutable/);
    expect(await count('ledger_entries', 'transaction_id = $1 AND amount = 700', [transactionId])).toBe(2);

    const [account] = (await db.query(`SELECT id FROM "escrow"."ledger_accounts" WHERE code = $1`, [`held_funds:${e.escrowId}`])) as Array<{ id: string }>;
    const rogue = randomUUID();
    await expect(
      db.transaction(async (m) => {
        await m.query(`INSERT INTO "escrow"."ledger_transactions" (id, idempotency_key, purpose) VALUES ($1, $2, 'CORRECTION')`, [rogue, `rogue-${rogue}`]);
        await m.query(`INSERT INTO "escrow"."ledger_entries" (id, transaction_id, account_id, side, amount) VALUES ($1, $2, $3, 'CREDIT', 5)`, [randomUUID(), rogue, account.id]);
      }),
    ).rejects.toThrow(/does not balance/);
    expect(await count('ledger_transactions', 'id = $1', [rogue])).toBe(0);
  });

  it('keeps balances exact under 50 concurrent fundings and 60 concurrent refunds of one escrow', async () => {
    const e = await escrow();
    const funds = Array.from({ length: 50 }, () => fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 1_000n }));
    // Each funding is also delivered twice at once.
    const fundResults = await Promise.all([...funds, ...funds].map((tx) => db.transaction((m) => ledger.post(m, tx))));
    expect(fundResults.filter((r) => r.kind === 'posted')).toHaveLength(50);
    expect(await held(e.escrowId)).toBe(50_000n);

    const refunds = Array.from({ length: 60 }, () => refundTransaction({ ...e, causeId: randomUUID(), amount: 1_000n }));
    const outcomes = await Promise.allSettled(refunds.map((tx) => db.transaction((m) => ledger.post(m, tx))));
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(50);
    expect(refused).toHaveLength(10);
    for (const r of refused) expect(((r as PromiseRejectedResult).reason as LedgerError).code).toBe('HELD_FUNDS_NEGATIVE');
    expect(await held(e.escrowId)).toBe(0n);
    expect((await ledger.balancesOf({ type: 'BUYER_REFUND_PAYABLE', escrowId: e.escrowId }))?.posted).toBe(50_000n);
    const heldAccount = await ledger.balancesOf({ type: 'HELD_FUNDS', escrowId: e.escrowId });
    expect(heldAccount?.totals).toMatchObject({ postedCredits: 50_000n, postedDebits: 50_000n });
    await setState(e.escrowId, 'REFUNDED');
  });

  it('passes the ledger check, and conserves a partial refund (funded = paid out + fee + refunded)', async () => {
    const e = await escrow('ON_HOLD');
    await db.transaction((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 100_001n })));
    const open = await escrow('IN_INSPECTION');
    await db.transaction((m) => ledger.post(m, fundTransaction({ ...open, causeId: randomUUID(), partnerId, amount: 42n })));
    await db.transaction((m) => ledger.post(m, partialRefundTransaction({ ...e, causeId: randomUUID(), sellerId, held: 100_001n, refund: 40_000n, feeBps: 250 })));
    await setState(e.escrowId, 'PARTIALLY_REFUNDED');
    const seller = (await ledger.balancesOf({ type: 'SELLER_PAYABLE', escrowId: e.escrowId, sellerId }))?.posted ?? 0n;
    const refunded = (await ledger.balancesOf({ type: 'BUYER_REFUND_PAYABLE', escrowId: e.escrowId }))?.posted ?? 0n;
    expect([seller, refunded, 100_001n - seller - refunded]).toEqual([58_501n, 40_000n, 1_500n]);

    const report = await ledger.check();
    expect(report).toMatchObject({ ok: true, unbalancedTransactions: [], driftedAccounts: [], heldOutsideOpenEscrows: [] });
    expect(report.heldInOpenEscrows).toBe(report.heldTotal);
    expect(report.heldTotal >= 42n).toBe(true);

    // An escrow closed with money still held fails the check.
    await setState(open.escrowId, 'CANCELLED');
    const broken = await ledger.check();
    expect(broken.ok).toBe(false);
    expect(broken.heldOutsideOpenEscrows).toEqual([{ escrowId: open.escrowId, state: 'CANCELLED', held: 42n }]);
    await db.transaction((m) => ledger.post(m, refundTransaction({ ...open, causeId: randomUUID(), amount: 42n })));
    expect((await ledger.check()).ok).toBe(true);
  });
});

describe('LedgerService: pending (two-phase) transactions', () => {
  /** A released escrow: `amount` funded through a partner of its own, all of it payable to the seller. */
  async function released(amount: bigint): Promise<{ escrowId: string; orderId: string; partner: string }> {
    const e = await escrow();
    const partner = randomUUID();
    await db.transaction((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId: partner, amount })));
    await db.transaction((m) => ledger.post(m, releaseTransaction({ ...e, causeId: randomUUID(), sellerId, amount, feeBps: 0 })));
    await setState(e.escrowId, 'RELEASED');
    return { ...e, partner };
  }
  const payout = (e: { escrowId: string; orderId: string; partner: string }, amount: bigint) =>
    settlePayoutTransaction({ instructionId: randomUUID(), partnerId: e.partner, amount, orderId: e.orderId, escrowId: e.escrowId, sellerId });
  const views = async (e: { escrowId: string; partner: string }) => {
    const payable = await ledger.balancesOf({ type: 'SELLER_PAYABLE', escrowId: e.escrowId, sellerId });
    const clearing = await ledger.balancesOf({ type: 'PARTNER_CLEARING', partnerId: e.partner });
    const pick = (b: typeof payable) => ({ posted: b?.posted, pending: b?.pending, available: b?.available, totals: b?.totals });
    return { payable: pick(payable), clearing: pick(clearing) };
  };

  it('posts a pending transaction, then posts it for good: views before and after', async () => {
    const e = await released(1_000n);
    const tx = payout(e, 700n);
    const pending = await db.transaction((m) => ledger.postPending(m, tx));
    expect(pending.kind).toBe('posted');
    expect((await db.transaction((m) => ledger.postPending(m, tx))).kind).toBe('duplicate');
    expect(await ledger.statusOf(db.manager, tx.idempotencyKey)).toBe('PENDING');
    expect(await views(e)).toEqual({
      payable: { posted: 1_000n, pending: 300n, available: 300n, totals: { postedDebits: 0n, postedCredits: 1_000n, pendingDebits: 700n, pendingCredits: 0n } },
      clearing: { posted: 1_000n, pending: 300n, available: 300n, totals: { postedDebits: 1_000n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 700n } },
    });

    const resolved = await db.transaction((m) => ledger.resolvePending(m, tx.idempotencyKey, 'POST'));
    expect(resolved).toMatchObject({ kind: 'resolved', pendingTransactionId: pending.transactionId, resolution: 'POSTED' });
    expect(await views(e)).toEqual({
      payable: { posted: 300n, pending: 300n, available: 300n, totals: { postedDebits: 700n, postedCredits: 1_000n, pendingDebits: 0n, pendingCredits: 0n } },
      clearing: { posted: 300n, pending: 300n, available: 300n, totals: { postedDebits: 1_000n, postedCredits: 700n, pendingDebits: 0n, pendingCredits: 0n } },
    });
    const [posted] = (await db.query(`SELECT "id", "status", "purpose", "metadata" FROM "escrow"."ledger_transactions" WHERE "idempotency_key" = $1`, [
      `${tx.idempotencyKey}:posted`,
    ])) as Array<{ id: string; status: string; purpose: string; metadata: Record<string, string> }>;
    expect(posted).toMatchObject({ id: resolved.postedTransactionId, status: 'POSTED', purpose: 'SETTLE_PAYOUT', metadata: { pendingTransactionId: pending.transactionId } });
    expect(await count('ledger_entries', 'transaction_id = $1', [posted.id])).toBe(2);
    await expect(db.query(`DELETE FROM "escrow"."ledger_pending_resolutions" WHERE "pending_transaction_id" = $1`, [pending.transactionId])).rejects.toThrow(/immutable/);
  });

  it('voids a pending transaction: the pending totals go back, nothing is posted', async () => {
    const e = await released(1_000n);
    const before = await views(e);
    const tx = payout(e, 400n);
    const pending = await db.transaction((m) => ledger.postPending(m, tx));
    expect((await views(e)).payable.available).toBe(600n);
    expect(await db.transaction((m) => ledger.resolvePending(m, tx.idempotencyKey, 'VOID'))).toEqual({
      kind: 'resolved',
      pendingTransactionId: pending.transactionId,
      resolution: 'VOIDED',
      postedTransactionId: null,
    });
    expect(await views(e)).toEqual(before);
    expect(await count('ledger_transactions', 'idempotency_key = $1', [`${tx.idempotencyKey}:posted`])).toBe(0);
  });

  it('resolves a pending transaction once: a second resolution (either kind, or racing) answers the first', async () => {
    const e = await released(1_000n);
    const tx = payout(e, 250n);
    await db.transaction((m) => ledger.postPending(m, tx));
    const first = await db.transaction((m) => ledger.resolvePending(m, tx.idempotencyKey, 'POST'));
    const again = await db.transaction((m) => ledger.resolvePending(m, tx.idempotencyKey, 'VOID'));
    expect(again).toEqual({ ...first, kind: 'duplicate' });
    expect((await views(e)).payable).toMatchObject({ posted: 750n, totals: { postedDebits: 250n, pendingDebits: 0n } });

    // Eight resolutions racing (half POST, half VOID): exactly one wins, the others answer its outcome.
    const raced = payout(e, 300n);
    await db.transaction((m) => ledger.postPending(m, raced));
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => db.transaction((m) => ledger.resolvePending(m, raced.idempotencyKey, i % 2 === 0 ? 'POST' : 'VOID'))),
    );
    expect(outcomes.filter((o) => o.kind === 'resolved')).toHaveLength(1);
    const winner = outcomes.find((o) => o.kind === 'resolved');
    for (const o of outcomes) expect([o.resolution, o.postedTransactionId]).toEqual([winner?.resolution, winner?.postedTransactionId]);
    expect(await count('ledger_pending_resolutions', 'pending_transaction_id = $1', [winner?.pendingTransactionId])).toBe(1);
    const payable = (await views(e)).payable;
    expect(payable.totals).toEqual(
      winner?.resolution === 'POSTED'
        ? { postedDebits: 550n, postedCredits: 1_000n, pendingDebits: 0n, pendingCredits: 0n }
        : { postedDebits: 250n, postedCredits: 1_000n, pendingDebits: 0n, pendingCredits: 0n },
    );

    // Unknown keys and transactions posted at once are refused.
    await expect(db.transaction((m) => ledger.resolvePending(m, `unknown-${randomUUID()}`, 'POST'))).rejects.toMatchObject({ code: 'UNKNOWN_PENDING' });
    await expect(db.transaction((m) => ledger.resolvePending(m, `${tx.idempotencyKey}:posted`, 'VOID'))).rejects.toMatchObject({ code: 'NOT_PENDING' });
  });

  it('refuses a pending overdraft of held funds, writing nothing of it; money pending out counts already', async () => {
    const e = await escrow();
    await db.transaction((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 100n })));
    const over = refundTransaction({ ...e, causeId: randomUUID(), amount: 101n });
    const refusal = await db.transaction((m) => ledger.postPending(m, over)).catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(LedgerError);
    expect((refusal as LedgerError).code).toBe('HELD_FUNDS_NEGATIVE');
    expect(await count('ledger_transactions', 'idempotency_key = $1', [over.idempotencyKey])).toBe(0);

    const part = refundTransaction({ ...e, causeId: randomUUID(), amount: 60n });
    await db.transaction((m) => ledger.postPending(m, part));
    expect(await ledger.balancesOf({ type: 'HELD_FUNDS', escrowId: e.escrowId })).toMatchObject({ posted: 100n, pending: 40n, available: 40n });
    // 60 pending out: a posting of 41 would overdraw the available 40.
    await expect(db.transaction((m) => ledger.post(m, refundTransaction({ ...e, causeId: randomUUID(), amount: 41n })))).rejects.toMatchObject({ code: 'HELD_FUNDS_NEGATIVE' });
    await db.transaction((m) => ledger.resolvePending(m, part.idempotencyKey, 'VOID'));
    expect(await ledger.balancesOf({ type: 'HELD_FUNDS', escrowId: e.escrowId })).toMatchObject({ posted: 100n, pending: 100n, available: 100n });
  });

  it('passes the check with pending transactions present, and detects drifted pending totals', async () => {
    const e = await released(1_000n);
    const open = payout(e, 123n);
    await db.transaction((m) => ledger.postPending(m, open));
    const resolved = payout(e, 77n);
    await db.transaction((m) => ledger.postPending(m, resolved));
    await db.transaction((m) => ledger.resolvePending(m, resolved.idempotencyKey, 'POST'));

    const report = await ledger.check();
    expect(report).toMatchObject({ ok: true, unbalancedTransactions: [], driftedAccounts: [], conservationBroken: [], negativeBalances: [] });

    // Pending totals that drift from the open pending transactions' entries fail the check (rolled back).
    const rollback = new Error('rollback');
    const code = `seller_payable:${e.escrowId}`;
    await expect(
      db.transaction(async (m) => {
        await m.query(`UPDATE "escrow"."ledger_accounts" SET "pending_debits" = "pending_debits" + 1 WHERE "code" = $1`, [code]);
        const broken = await ledger.check(m);
        expect(broken.ok).toBe(false);
        expect(broken.driftedAccounts.filter((d) => d.code === code)).toEqual([
          expect.objectContaining({ phase: 'PENDING', storedDebits: 124n, entryDebits: 123n, storedCredits: 0n, entryCredits: 0n }),
        ]);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect((await ledger.check()).ok).toBe(true);
  });
});
