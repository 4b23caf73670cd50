/**
 * The operators' ledger API and the ledger check against the real PostgreSQL, Redis and Kafka (an in-process
 * escrow app): lines newest first with keyset pages, balances by account / escrow / code, 401/403/400/404, the
 * on-demand check (HTTP), and a deliberately broken ledger (inside a transaction rolled back at the end, so the
 * shared test database stays sound) failing the check with every rule, recording `escrow.ledger-check-failed`
 * and an operator alert in the outbox, and setting the metrics. Also the scheduled check's deadline.
 */
import { randomUUID } from 'node:crypto';
import { Metrics } from '@trustcircle/observability';
import type { OperatorRole } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import { EscrowTestKit, type TestResponse } from '../testing/escrow-test-kit';
import { LedgerService } from './application/ledger.service';
import { RunLedgerCheckUseCase } from './application/run-ledger-check/run-ledger-check.use-case';
import { LEDGER_CHECK_DEADLINE } from './application/scheduled-ledger-check/ledger-check-slot';
import { ScheduledLedgerCheck } from './application/scheduled-ledger-check/scheduled-ledger-check.handler';
import { fundTransaction, refundTransaction, releaseTransaction } from './domain/money-movements';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let ledger: LedgerService;
const partnerId = randomUUID();
const sellerId = randomUUID();

/** Calls the app as a new operator with `role` (anonymously without one). */
function call(method: 'GET' | 'POST', path: string, role?: OperatorRole): Promise<TestResponse> {
  return kit.call(method, path, role ? kit.operatorToken(role) : undefined);
}

/** Thrown to roll a test's transaction back after its assertions. */
class Rollback extends Error {}

async function rolledBack(work: (m: EntityManager) => Promise<void>): Promise<void> {
  await expect(
    kit.tx(async (m) => {
      await work(m);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

/** The value of a metric (summed over the series whose labels include `labels`), or undefined if it has none. */
async function metric(name: string, labels = ''): Promise<number | undefined> {
  const lines = (await kit.app.get(Metrics).render()).split('\n').filter((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return lines.length === 0 ? undefined : lines.reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
}

beforeAll(async () => {
  kit = await EscrowTestKit.start();
  ledger = kit.app.get(LedgerService);
});

afterAll(async () => {
  await kit?.close();
});

/** A closed money story (held back to 0, so the shared ledger stays sound): fund 1,000,000, release 600,000 (fee 2%), refund 400,000. */
async function settledEscrow(): Promise<{ escrowId: string; orderId: string }> {
  const e = { escrowId: randomUUID(), orderId: randomUUID() };
  await kit.tx((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId, amount: 1_000_000n })));
  await kit.tx((m) => ledger.post(m, releaseTransaction({ ...e, causeId: randomUUID(), sellerId, amount: 600_000n, feeBps: 200 })));
  await kit.tx((m) => ledger.post(m, refundTransaction({ ...e, causeId: randomUUID(), amount: 400_000n })));
  return e;
}

describe('GET /v1/ledger/entries and /v1/ledger/accounts', () => {
  it('answers an order’s ledger lines newest first in keyset pages, amounts as whole-VND numbers', async () => {
    const e = await settledEscrow();
    const pages: Array<Array<Record<string, unknown>>> = [];
    let cursor: string | null = null;
    do {
      const res = await call('GET', `/v1/ledger/entries?orderId=${e.orderId}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, 'viewer');
      expect(res.status).toBe(200);
      pages.push(res.body.items as Array<Record<string, unknown>>);
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    const lines = pages.flat();
    expect(new Set(lines.map((l) => l.entryId)).size).toBe(7);
    expect(lines.map((l) => l.purpose)).toEqual(['REFUND', 'REFUND', 'RELEASE', 'RELEASE', 'RELEASE', 'FUND', 'FUND']);
    const fundCredit = lines.find((l) => l.purpose === 'FUND' && l.side === 'CREDIT');
    expect(fundCredit).toEqual({
      entryId: expect.any(String),
      transactionId: expect.any(String),
      purpose: 'FUND',
      idempotencyKey: expect.stringMatching(/:FUND$/),
      transactionStatus: 'POSTED',
      resolution: null,
      orderId: e.orderId,
      escrowId: e.escrowId,
      accountId: expect.any(String),
      accountCode: `held_funds:${e.escrowId}`,
      accountType: 'HELD_FUNDS',
      side: 'CREDIT',
      amount: 1_000_000,
      createdAt: expect.stringMatching(/Z$/),
    });
    expect(lines.filter((l) => l.purpose === 'RELEASE').map((l) => [l.accountType, l.side, l.amount])).toEqual(
      expect.arrayContaining([
        ['HELD_FUNDS', 'DEBIT', 600_000],
        ['SELLER_PAYABLE', 'CREDIT', 588_000],
        ['PLATFORM_FEE_REVENUE', 'CREDIT', 12_000],
      ]),
    );
    // The same lines by escrow, and one account's lines by account.
    const byEscrow = await call('GET', `/v1/ledger/entries?escrowId=${e.escrowId}&limit=200`, 'viewer');
    expect((byEscrow.body.items as unknown[]).length).toBe(7);
    const byAccount = await call('GET', `/v1/ledger/entries?accountId=${fundCredit?.accountId as string}`, 'viewer');
    expect((byAccount.body.items as Array<Record<string, unknown>>).map((l) => [l.side, l.amount])).toEqual([
      ['DEBIT', 400_000],
      ['DEBIT', 600_000],
      ['CREDIT', 1_000_000],
    ]);
  });

  it('answers balances by account id, by escrow and by code; 404 for an unknown account', async () => {
    const e = await settledEscrow();
    const list = await call('GET', `/v1/ledger/accounts?escrowId=${e.escrowId}`, 'viewer');
    expect(list.status).toBe(200);
    const items = list.body.items as Array<Record<string, unknown>>;
    expect(items.map((a) => [a.type, a.posted, a.pending, a.available])).toEqual([
      ['BUYER_REFUND_PAYABLE', 400_000, 400_000, 400_000],
      ['HELD_FUNDS', 0, 0, 0],
      ['SELLER_PAYABLE', 588_000, 588_000, 588_000],
    ]);
    const held = items[1];
    expect(held).toMatchObject({ code: `held_funds:${e.escrowId}`, normalSide: 'CREDIT', escrowId: e.escrowId, totals: { postedDebits: 1_000_000, postedCredits: 1_000_000, pendingDebits: 0, pendingCredits: 0 } });
    const one = await call('GET', `/v1/ledger/accounts/${held.accountId as string}`, 'viewer');
    expect(one).toEqual({ status: 200, body: held });
    const byCode = await call('GET', `/v1/ledger/accounts?code=partner_clearing:${partnerId}`, 'viewer');
    expect((byCode.body.items as Array<Record<string, unknown>>)[0]).toMatchObject({ type: 'PARTNER_CLEARING', normalSide: 'DEBIT', partnerId });
    const unknown = await call('GET', `/v1/ledger/accounts/${randomUUID()}`, 'viewer');
    expect(unknown).toMatchObject({ status: 404, body: { type: expect.stringContaining('ledger-account-not-found') } });
  });

  it('answers 401 without a token, 403 to a viewer running a check, and 400 naming the field', async () => {
    expect((await call('GET', `/v1/ledger/entries?orderId=${randomUUID()}`)).status).toBe(401);
    expect((await call('GET', `/v1/ledger/accounts/${randomUUID()}`)).status).toBe(401);
    expect((await call('POST', '/v1/ledger/checks')).status).toBe(401);
    expect((await call('POST', '/v1/ledger/checks', 'viewer')).status).toBe(403);
    for (const [query, field] of [
      ['', 'orderId'],
      ['orderId=nope', 'orderId'],
      [`orderId=${randomUUID()}&limit=0`, 'limit'],
      [`orderId=${randomUUID()}&cursor=bogus`, 'cursor'],
    ]) {
      const res = await call('GET', `/v1/ledger/entries?${query}`, 'viewer');
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const noFilter = await call('GET', '/v1/ledger/accounts', 'viewer');
    expect(noFilter.status).toBe(400);
    expect(noFilter.body.errors).toEqual([expect.objectContaining({ field: 'escrowId' })]);
  });
});

describe('the ledger check', () => {
  it('runs on demand for a mediator and answers the report with amounts as numbers', async () => {
    const before = (await metric('tc_ledger_checks_total', 'trigger="ON_DEMAND"')) ?? 0;
    const res = await call('POST', '/v1/ledger/checks', 'mediator');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      checkId: expect.any(String),
      trigger: 'ON_DEMAND',
      ok: expect.any(Boolean),
      heldTotal: expect.any(Number),
      heldInOpenEscrows: expect.any(Number),
      trialBalance: { debits: expect.any(Number), credits: expect.any(Number) },
      failureCount: expect.any(Number),
      failures: expect.any(Array),
      findings: { conservationBroken: expect.any(Array), negativeBalances: expect.any(Array) },
    });
    expect(await metric('tc_ledger_check_ok')).toBe(res.body.ok ? 1 : 0);
    expect(await metric('tc_ledger_held_total_vnd')).toBe(res.body.heldTotal);
    const after = await metric('tc_ledger_checks_total', 'trigger="ON_DEMAND"');
    expect(after).toBeGreaterThan(before);
  });

  it('fails on a broken ledger with every rule, records ledger-check-failed and an alert in one transaction, and sets the metrics', async () => {
    const unfunded = { escrowId: randomUUID(), orderId: randomUUID() };
    const orphanHeld = { escrowId: randomUUID(), orderId: randomUUID() };
    const overdrawn = { escrowId: randomUUID(), orderId: randomUUID() };
    const clearing = { type: 'PARTNER_CLEARING', partnerId: randomUUID() } as const;
    let checkId = '';
    await rolledBack(async (m) => {
      // HELD_TOTAL_MISMATCH: money held for an escrow that does not exist (closed or unknown escrows hold 0).
      await ledger.post(m, fundTransaction({ ...orphanHeld, causeId: randomUUID(), partnerId: clearing.partnerId, amount: 42n }));
      // CONSERVATION_BROKEN: a seller credited for an escrow that was never funded (balanced, so the DB allows it).
      await ledger.post(m, {
        idempotencyKey: `${randomUUID()}:RELEASE`,
        purpose: 'RELEASE',
        ...unfunded,
        postings: [
          { account: clearing, side: 'DEBIT', amount: 500n },
          { account: { type: 'SELLER_PAYABLE', escrowId: unfunded.escrowId, sellerId }, side: 'CREDIT', amount: 500n },
        ],
        metadata: {},
      });
      // NEGATIVE_BALANCE: a seller paid out what was never owed.
      await ledger.post(m, {
        idempotencyKey: `${randomUUID()}:CORRECTION`,
        purpose: 'CORRECTION',
        ...overdrawn,
        postings: [
          { account: { type: 'SELLER_PAYABLE', escrowId: overdrawn.escrowId, sellerId }, side: 'DEBIT', amount: 70n },
          { account: clearing, side: 'CREDIT', amount: 70n },
        ],
        metadata: {},
      });
      // ENTRY_UNBALANCED: one lone entry (the deferred balance trigger would refuse it at commit; we roll back).
      const [held] = (await m.query(`SELECT "id" FROM "escrow"."ledger_accounts" WHERE "code" = $1`, [`held_funds:${orphanHeld.escrowId}`])) as Array<{ id: string }>;
      const rogueTx = randomUUID();
      const rogueEntry = randomUUID();
      await m.query(`INSERT INTO "escrow"."ledger_transactions" ("id", "idempotency_key", "purpose", "escrow_id", "order_id") VALUES ($1, $2, 'CORRECTION', $3, $4)`, [
        rogueTx,
        `rogue-${rogueTx}`,
        orphanHeld.escrowId,
        orphanHeld.orderId,
      ]);
      await m.query(`INSERT INTO "escrow"."ledger_entries" ("id", "transaction_id", "account_id", "side", "amount") VALUES ($1, $2, $3, 'CREDIT', 5)`, [rogueEntry, rogueTx, held.id]);

      const run = await kit.app.get(RunLedgerCheckUseCase).execute('ON_DEMAND', m);
      checkId = run.checkId;
      expect(run.ok).toBe(false);
      const mine = (id: string) => run.failures.filter((f) => f.detail.includes(id) || f.entryId === id);
      expect(mine(rogueTx)).toEqual([{ rule: 'ENTRY_UNBALANCED', orderId: orphanHeld.orderId, entryId: rogueEntry, detail: expect.stringContaining('nets -5 VND over 1 entries') }]);
      expect(mine(unfunded.escrowId)).toEqual([
        { rule: 'CONSERVATION_BROKEN', orderId: null, entryId: null, detail: `escrow ${unfunded.escrowId}: funded 0 ≠ released 500 + refunded 0 + held 0 (VND)` },
      ]);
      expect(mine(`held_funds:${orphanHeld.escrowId}`).map((f) => f.rule)).toEqual(['CONSERVATION_BROKEN']); // stored totals ≠ entries (the rogue line)
      expect(mine(`escrow ${orphanHeld.escrowId} (unknown) still holds 42 VND`)).toEqual([expect.objectContaining({ rule: 'HELD_TOTAL_MISMATCH' })]);
      expect(mine(`seller_payable:${overdrawn.escrowId}`)).toEqual([
        { rule: 'NEGATIVE_BALANCE', orderId: null, entryId: null, detail: `account seller_payable:${overdrawn.escrowId} (SELLER_PAYABLE) is at -70 VND` },
      ]);

      // Both events are in the check's transaction, keyed by the check id and the alert id.
      const events = (await m.query(
        `SELECT "type", "key", "envelope" FROM "escrow"."outbox" WHERE "key" = $1 OR ("type" = 'platform.operator-alert-raised' AND "envelope"->'data'->>'message' LIKE $2)`,
        [checkId, `%${checkId}%`],
      )) as Array<{ type: string; key: string; envelope: { data: Record<string, unknown> } }>;
      expect(events.map((e) => e.type).sort()).toEqual(['escrow.ledger-check-failed', 'platform.operator-alert-raised']);
      const failed = events.find((e) => e.type === 'escrow.ledger-check-failed');
      expect(failed?.envelope.data).toMatchObject({ checkId, trigger: 'ON_DEMAND', failureCount: run.failures.length });
      expect((failed?.envelope.data.failures as unknown[]).length).toBe(Math.min(100, run.failures.length));
      const alert = events.find((e) => e.type === 'platform.operator-alert-raised');
      expect(alert?.envelope.data).toMatchObject({ severity: 'CRITICAL', code: 'LEDGER_CHECK_FAILED', service: 'escrow', orderId: null });
      expect(alert?.key).toBe(alert?.envelope.data.alertId);

      expect(await metric('tc_ledger_check_ok')).toBe(0);
      for (const rule of ['ENTRY_UNBALANCED', 'CONSERVATION_BROKEN', 'HELD_TOTAL_MISMATCH', 'NEGATIVE_BALANCE']) {
        expect(await metric('tc_ledger_check_failures', `rule="${rule}"`)).toBeGreaterThanOrEqual(1);
      }
      expect(await metric('tc_ledger_held_total_vnd')).toBe(Number(run.report.heldTotal));
    });
    // Rolled back: nothing of the broken ledger nor its events stayed.
    expect(await kit.db.query(`SELECT 1 FROM "escrow"."outbox" WHERE "key" = $1`, [checkId])).toEqual([]);
    expect(await ledger.balancesOf({ type: 'HELD_FUNDS', escrowId: orphanHeld.escrowId })).toBeNull();
  });

  it('runs on schedule: one pending ledger-check deadline per slot, and a due one schedules the next and runs the check', async () => {
    const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "escrow"."deadlines" WHERE "kind" = $1 AND "status" = 'PENDING' AND "due_at" > now()`, [
      LEDGER_CHECK_DEADLINE,
    ])) as Array<{ n: number }>;
    expect(n).toBeGreaterThanOrEqual(1);

    const before = (await metric('tc_ledger_checks_total', 'trigger="SCHEDULED"')) ?? 0;
    await rolledBack(async (m) => {
      const orphan = { escrowId: randomUUID(), orderId: randomUUID() };
      await ledger.post(m, fundTransaction({ ...orphan, causeId: randomUUID(), partnerId, amount: 9n }));
      await kit.app.get(ScheduledLedgerCheck).onDue({ id: randomUUID(), kind: LEDGER_CHECK_DEADLINE, subjectId: 'slot:test', dueAt: new Date(), payload: {} }, m);
      const [failed] = (await m.query(
        `SELECT "envelope"->'data' AS "data" FROM "escrow"."outbox" WHERE "type" = 'escrow.ledger-check-failed' AND "envelope"->'data'->>'trigger' = 'SCHEDULED'
          ORDER BY "seq" DESC LIMIT 1`,
      )) as Array<{ data: { failures: Array<{ detail: string }>; failureCount: number } }>;
      expect(failed.data.failureCount).toBeGreaterThanOrEqual(1);
      const [{ pending }] = (await m.query(`SELECT count(*)::int AS "pending" FROM "escrow"."deadlines" WHERE "kind" = $1 AND "status" = 'PENDING' AND "due_at" > now()`, [
        LEDGER_CHECK_DEADLINE,
      ])) as Array<{ pending: number }>;
      expect(pending).toBeGreaterThanOrEqual(1);
    });
    expect(await metric('tc_ledger_checks_total', 'trigger="SCHEDULED"')).toBe(before + 1);
  });
});
