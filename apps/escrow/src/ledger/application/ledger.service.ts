import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EscrowState } from '@trustcircle/contracts';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOSED_STATES } from '../../escrow/domain/escrow-state-machine';
import { escrowIdOf, partnerIdOf, type LedgerAccountRef, type LedgerAccountType, type LedgerSide, ledgerAccountCode, NORMAL_SIDE } from '../domain/ledger-account';
import { accountRuleViolation, balanceViews, type LedgerBalanceViews, type LedgerTotals, moveTotals, type TotalsMove } from '../domain/ledger-balance';
import { LedgerError } from '../domain/ledger-error';
import { assertValidTransaction, type LedgerTransaction } from '../domain/ledger-transaction';
import type { LedgerCheckReport } from './ledger-check-report';
import { findConservationBreaks, findNegativeBalances } from './ledger-check-rules';

/** The result of `post` / `postPending`: the transaction's id, and whether this call wrote it or found it already written. */
export interface PostedLedgerTransaction {
  kind: 'posted' | 'duplicate';
  transactionId: string;
  idempotencyKey: string;
}

/** How a pending transaction was resolved: POSTED (for good, by a new POSTED transaction) or VOIDED. */
export type PendingResolution = 'POSTED' | 'VOIDED';

/**
 * The result of `resolvePending`: `resolved` by this call, or `duplicate` (resolved before: the first outcome,
 * whatever this call asked for).
 */
export interface ResolvedPendingTransaction {
  kind: 'resolved' | 'duplicate';
  pendingTransactionId: string;
  resolution: PendingResolution;
  /** The POSTED transaction that resolved it (null when voided). */
  postedTransactionId: string | null;
}

/** An account's stored totals and its balance views (signed on its normal side). */
export interface LedgerAccountBalance extends LedgerBalanceViews {
  accountId: string;
  code: string;
  type: LedgerAccountType;
  normalSide: LedgerSide;
  totals: LedgerTotals;
}


const S = '"escrow"';

/** One account's share of a transaction (summed over its postings). */
interface AccountDelta {
  ref: LedgerAccountRef | null;
  debits: Vnd;
  credits: Vnd;
}

interface AccountRow {
  id: string;
  code: string;
  type: LedgerAccountType;
  normal_side: LedgerSide;
  posted_debits: string;
  posted_credits: string;
  pending_debits: string;
  pending_credits: string;
}

function totalsOf(row: AccountRow): LedgerTotals {
  return {
    postedDebits: toVnd(row.posted_debits),
    postedCredits: toVnd(row.posted_credits),
    pendingDebits: toVnd(row.pending_debits),
    pendingCredits: toVnd(row.pending_credits),
  };
}

/**
 * The escrow ledger in PostgreSQL. `post` writes a balanced transaction's entries and the touched accounts'
 * totals together, under row locks taken in account-code order (so concurrent postings never deadlock), at most
 * once per idempotency key, and refuses the whole transaction if an account rule would break. `postPending` does
 * the same into the pending totals (two-phase), and `resolvePending` posts or voids such a transaction, once.
 */
@Injectable()
export class LedgerService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Posts `tx` in the caller's transaction (inside a savepoint: a refusal writes nothing and leaves the caller's
   * transaction usable; without an outer transaction it runs in its own). A repeat of an idempotency key returns
   * the transaction already posted and posts nothing.
   */
  async post(manager: EntityManager, tx: LedgerTransaction): Promise<PostedLedgerTransaction> {
    return this.write(manager, tx, 'POSTED');
  }

  /**
   * Posts `tx` as a PENDING transaction (two-phase, after TigerBeetle): the same rules as `post` (idempotent by key,
   * balanced, row locks in code order, savepoint), but its amounts go to the accounts' pending totals, not the
   * posted ones. Money pending out of held funds or suspense already counts on their available view, so a pending
   * overdraft is refused. Resolve it once with `resolvePending`.
   */
  async postPending(manager: EntityManager, tx: LedgerTransaction): Promise<PostedLedgerTransaction> {
    return this.write(manager, tx, 'PENDING');
  }

  private async write(manager: EntityManager, tx: LedgerTransaction, status: 'POSTED' | 'PENDING'): Promise<PostedLedgerTransaction> {
    assertValidTransaction(tx);
    const earlier = await this.findByKey(manager, tx.idempotencyKey);
    if (earlier) return earlier;
    return manager.transaction((m) => this.writeLocked(m, tx, status));
  }

  private async writeLocked(m: EntityManager, tx: LedgerTransaction, status: 'POSTED' | 'PENDING'): Promise<PostedLedgerTransaction> {
    const deltas = new Map<string, AccountDelta>();
    for (const p of tx.postings) {
      const code = ledgerAccountCode(p.account);
      const d = deltas.get(code) ?? { ref: p.account, debits: 0n, credits: 0n };
      if (p.side === 'DEBIT') d.debits += p.amount;
      else d.credits += p.amount;
      deltas.set(code, d);
    }
    const codes = [...deltas.keys()].sort();
    for (const code of codes) {
      const { ref } = deltas.get(code) as { ref: LedgerAccountRef };
      await m.query(
        `INSERT INTO ${S}."ledger_accounts" ("id", "code", "type", "normal_side", "escrow_id", "partner_id", "seller_id", "payment_id")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ("code") DO NOTHING`,
        [randomUUID(), code, ref.type, NORMAL_SIDE[ref.type], escrowIdOf(ref), partnerIdOf(ref), 'sellerId' in ref ? ref.sellerId : null, 'paymentId' in ref ? ref.paymentId : null],
      );
    }
    const rows = await this.lockAccounts(m, codes);

    // A duplicate that committed while we waited for the locks is visible now (READ COMMITTED, new statement).
    const raced = await this.findByKey(m, tx.idempotencyKey);
    if (raced) return raced;

    const move: TotalsMove = status === 'POSTED' ? 'POST' : 'PEND';
    this.assertRules(rows, deltas, move, tx.idempotencyKey);
    const transactionId = await this.insertTransaction(m, tx, status, rows);
    await this.applyTotals(m, rows, deltas, move);
    return { kind: 'posted', transactionId, idempotencyKey: tx.idempotencyKey };
  }

  /**
   * Resolves the PENDING transaction of `pendingIdempotencyKey` at most once, under the same row locks as a
   * posting: 'POST' inserts a POSTED transaction with the same postings (key `${key}:posted`, same purpose,
   * metadata `pendingTransactionId`) and moves the amounts from the pending to the posted totals; 'VOID' only
   * removes them from the pending totals. Either way a resolution row records it (its primary key is the pending
   * transaction: one resolution ever). A second resolution, of either kind, answers the first's outcome and
   * changes nothing. Throws a LedgerError for an unknown key (UNKNOWN_PENDING) or a transaction that was posted
   * at once (NOT_PENDING).
   */
  async resolvePending(manager: EntityManager, pendingIdempotencyKey: string, action: 'POST' | 'VOID'): Promise<ResolvedPendingTransaction> {
    const pending = await this.pendingByKey(manager, pendingIdempotencyKey);
    const earlier = await this.resolutionOf(manager, pending.id);
    if (earlier) return earlier;
    return manager.transaction(async (m) => {
      const entries = (await m.query(
        `SELECT a."code", e."side", e."amount"::text AS "amount" FROM ${S}."ledger_entries" e JOIN ${S}."ledger_accounts" a ON a."id" = e."account_id"
          WHERE e."transaction_id" = $1 ORDER BY e."created_at", e."id"`,
        [pending.id],
      )) as Array<{ code: string; side: 'DEBIT' | 'CREDIT'; amount: string }>;
      const deltas = new Map<string, AccountDelta>();
      for (const e of entries) {
        const d = deltas.get(e.code) ?? { ref: null, debits: 0n, credits: 0n };
        if (e.side === 'DEBIT') d.debits += toVnd(e.amount);
        else d.credits += toVnd(e.amount);
        deltas.set(e.code, d);
      }
      const rows = await this.lockAccounts(m, [...deltas.keys()].sort());

      // A resolution that committed while we waited for the locks wins (READ COMMITTED, new statement).
      const raced = await this.resolutionOf(m, pending.id);
      if (raced) return raced;

      const move: TotalsMove = action === 'POST' ? 'POST_PENDING' : 'VOID_PENDING';
      this.assertRules(rows, deltas, move, pendingIdempotencyKey);
      let postedTransactionId: string | null = null;
      if (action === 'POST') {
        const idByCode = new Map(rows.map((r) => [r.code, r.id]));
        postedTransactionId = randomUUID();
        await m.query(
          `INSERT INTO ${S}."ledger_transactions" ("id", "idempotency_key", "purpose", "escrow_id", "order_id", "status", "metadata") VALUES ($1, $2, $3, $4, $5, 'POSTED', $6)`,
          [postedTransactionId, `${pendingIdempotencyKey}:posted`, pending.purpose, pending.escrow_id, pending.order_id, JSON.stringify({ ...pending.metadata, pendingTransactionId: pending.id })],
        );
        await this.insertEntries(
          m,
          postedTransactionId,
          entries.map((e) => ({ accountId: idByCode.get(e.code) as string, side: e.side, amount: e.amount })),
        );
      }
      const resolution: PendingResolution = action === 'POST' ? 'POSTED' : 'VOIDED';
      await m.query(`INSERT INTO ${S}."ledger_pending_resolutions" ("pending_transaction_id", "resolution", "posted_transaction_id") VALUES ($1, $2, $3)`, [
        pending.id,
        resolution,
        postedTransactionId,
      ]);
      await this.applyTotals(m, rows, deltas, move);
      return { kind: 'resolved' as const, pendingTransactionId: pending.id, resolution, postedTransactionId };
    });
  }

  /** The status of the transaction of `idempotencyKey`, or null if there is none. */
  async statusOf(manager: EntityManager, idempotencyKey: string): Promise<'PENDING' | 'POSTED' | null> {
    const [row] = (await manager.query(`SELECT "status" FROM ${S}."ledger_transactions" WHERE "idempotency_key" = $1`, [idempotencyKey])) as Array<{
      status: 'PENDING' | 'POSTED';
    }>;
    return row?.status ?? null;
  }

  private async lockAccounts(m: EntityManager, sortedCodes: string[]): Promise<AccountRow[]> {
    return (await m.query(`SELECT * FROM ${S}."ledger_accounts" WHERE "code" = ANY($1) ORDER BY "code" FOR UPDATE`, [sortedCodes])) as AccountRow[];
  }

  private assertRules(rows: AccountRow[], deltas: Map<string, AccountDelta>, move: TotalsMove, key: string): void {
    for (const row of rows) {
      const d = deltas.get(row.code) as AccountDelta;
      const next = moveTotals(totalsOf(row), move, d.debits, d.credits);
      const violation = accountRuleViolation(row.type, next);
      if (violation) throw new LedgerError(violation, `${key} would leave ${row.code} at ${balanceViews(row.type, next).available}`);
    }
  }

  private async insertTransaction(m: EntityManager, tx: LedgerTransaction, status: 'POSTED' | 'PENDING', rows: AccountRow[]): Promise<string> {
    const transactionId = randomUUID();
    await m.query(
      `INSERT INTO ${S}."ledger_transactions" ("id", "idempotency_key", "purpose", "escrow_id", "order_id", "status", "metadata") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [transactionId, tx.idempotencyKey, tx.purpose, tx.escrowId, tx.orderId, status, JSON.stringify(tx.metadata)],
    );
    const idByCode = new Map(rows.map((r) => [r.code, r.id]));
    await this.insertEntries(
      m,
      transactionId,
      tx.postings.map((p) => ({ accountId: idByCode.get(ledgerAccountCode(p.account)) as string, side: p.side, amount: p.amount.toString() })),
    );
    return transactionId;
  }

  private async insertEntries(m: EntityManager, transactionId: string, lines: Array<{ accountId: string; side: LedgerSide; amount: string }>): Promise<void> {
    const values: unknown[] = [];
    const tuples = lines.map((l, i) => {
      values.push(randomUUID(), transactionId, l.accountId, l.side, l.amount);
      return `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`;
    });
    await m.query(`INSERT INTO ${S}."ledger_entries" ("id", "transaction_id", "account_id", "side", "amount") VALUES ${tuples.join(', ')}`, values);
  }

  /** Adds the deltas to the totals `move` names (posted, pending, or from pending to posted / out of pending). */
  private async applyTotals(m: EntityManager, rows: AccountRow[], deltas: Map<string, AccountDelta>, move: TotalsMove): Promise<void> {
    for (const row of rows) {
      const d = deltas.get(row.code) as AccountDelta;
      const [posted, pending] = ({ POST: [1n, 0n], PEND: [0n, 1n], POST_PENDING: [1n, -1n], VOID_PENDING: [0n, -1n] } as const)[move];
      await m.query(
        `UPDATE ${S}."ledger_accounts" SET "posted_debits" = "posted_debits" + $2, "posted_credits" = "posted_credits" + $3,
           "pending_debits" = "pending_debits" + $4, "pending_credits" = "pending_credits" + $5, "version" = "version" + 1, "updated_at" = now()
         WHERE "id" = $1`,
        [row.id, ...[d.debits * posted, d.credits * posted, d.debits * pending, d.credits * pending].map(String)],
      );
    }
  }

  private async pendingByKey(
    m: EntityManager,
    idempotencyKey: string,
  ): Promise<{ id: string; status: string; purpose: string; escrow_id: string | null; order_id: string | null; metadata: Record<string, string> }> {
    const [row] = (await m.query(`SELECT "id", "status", "purpose", "escrow_id", "order_id", "metadata" FROM ${S}."ledger_transactions" WHERE "idempotency_key" = $1`, [
      idempotencyKey,
    ])) as Array<{ id: string; status: string; purpose: string; escrow_id: string | null; order_id: string | null; metadata: Record<string, string> }>;
    if (!row) throw new LedgerError('UNKNOWN_PENDING', `no ledger transaction with key ${idempotencyKey}`);
    if (row.status !== 'PENDING') throw new LedgerError('NOT_PENDING', `${idempotencyKey} is ${row.status}, not PENDING`);
    return row;
  }

  private async resolutionOf(m: EntityManager, pendingTransactionId: string): Promise<ResolvedPendingTransaction | null> {
    const [row] = (await m.query(`SELECT "resolution", "posted_transaction_id" FROM ${S}."ledger_pending_resolutions" WHERE "pending_transaction_id" = $1`, [
      pendingTransactionId,
    ])) as Array<{ resolution: PendingResolution; posted_transaction_id: string | null }>;
    return row ? { kind: 'duplicate', pendingTransactionId, resolution: row.resolution, postedTransactionId: row.posted_transaction_id } : null;
  }

  private async findByKey(m: EntityManager, idempotencyKey: string): Promise<PostedLedgerTransaction | null> {
    const [row] = (await m.query(`SELECT "id" FROM ${S}."ledger_transactions" WHERE "idempotency_key" = $1`, [idempotencyKey])) as Array<{ id: string }>;
    return row ? { kind: 'duplicate', transactionId: row.id, idempotencyKey } : null;
  }

  /** The account's totals and balance views (see `balanceViews` for the formulas), or null if unknown. */
  async balances(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<LedgerAccountBalance | null> {
    const [row] = (await manager.query(`SELECT * FROM ${S}."ledger_accounts" WHERE "id" = $1`, [accountId])) as AccountRow[];
    return row ? this.balanceOf(row) : null;
  }

  /** The same, by what the account is about (null if nothing was ever posted to it). */
  async balancesOf(ref: LedgerAccountRef, manager: EntityManager = this.dataSource.manager): Promise<LedgerAccountBalance | null> {
    const [row] = (await manager.query(`SELECT * FROM ${S}."ledger_accounts" WHERE "code" = $1`, [ledgerAccountCode(ref)])) as AccountRow[];
    return row ? this.balanceOf(row) : null;
  }

  private balanceOf(row: AccountRow): LedgerAccountBalance {
    const totals = totalsOf(row);
    return { accountId: row.id, code: row.code, type: row.type, normalSide: row.normal_side, totals, ...balanceViews(row.type, totals) };
  }

  /**
   * The ledger check: every transaction balances (pending ones too), every account's posted totals equal the sum
   * of its entries in POSTED transactions and its pending totals those in PENDING transactions not resolved, debits
   * equal credits overall, the money held equals what open escrows hold (closed or unknown escrows hold 0), money
   * is conserved per escrow and no never-negative account is negative, on posted amounts (see `ledger-check-rules.ts`). Each rule
   * is one statement; pass a REPEATABLE READ transaction's manager for one snapshot across all of them.
   */
  async check(manager: EntityManager = this.dataSource.manager): Promise<LedgerCheckReport> {
    const net = `coalesce(sum(CASE WHEN e."side" = 'DEBIT' THEN e."amount" ELSE -e."amount" END), 0)`;
    const unbalanced = (await manager.query(
      `SELECT t."id", t."idempotency_key", t."order_id", ${net}::text AS "net", count(e."id")::int AS "entries",
              (array_agg(e."id" ORDER BY e."created_at", e."id") FILTER (WHERE e."id" IS NOT NULL))[1] AS "first_entry_id"
         FROM ${S}."ledger_transactions" t LEFT JOIN ${S}."ledger_entries" e ON e."transaction_id" = t."id"
        GROUP BY t."id" HAVING ${net} <> 0 OR count(e."id") < 2`,
    )) as Array<{ id: string; idempotency_key: string; order_id: string | null; net: string; entries: number; first_entry_id: string | null }>;
    const [{ n: transactions }] = (await manager.query(`SELECT count(*)::int AS "n" FROM ${S}."ledger_transactions"`)) as Array<{ n: number }>;
    // Posted totals against the entries of POSTED transactions; pending totals against those of PENDING ones not resolved.
    const drifted = (await manager.query(
      `SELECT a."id", a."code", a."posted_debits"::text AS "sd", a."posted_credits"::text AS "sc", coalesce(s."d", 0)::text AS "ed", coalesce(s."c", 0)::text AS "ec",
              a."pending_debits"::text AS "spd", a."pending_credits"::text AS "spc", coalesce(s."pd", 0)::text AS "epd", coalesce(s."pc", 0)::text AS "epc"
         FROM ${S}."ledger_accounts" a
         LEFT JOIN (SELECT e."account_id",
                           sum(e."amount") FILTER (WHERE t."status" = 'POSTED' AND e."side" = 'DEBIT') AS "d",
                           sum(e."amount") FILTER (WHERE t."status" = 'POSTED' AND e."side" = 'CREDIT') AS "c",
                           sum(e."amount") FILTER (WHERE t."status" = 'PENDING' AND r."pending_transaction_id" IS NULL AND e."side" = 'DEBIT') AS "pd",
                           sum(e."amount") FILTER (WHERE t."status" = 'PENDING' AND r."pending_transaction_id" IS NULL AND e."side" = 'CREDIT') AS "pc"
                      FROM ${S}."ledger_entries" e
                      JOIN ${S}."ledger_transactions" t ON t."id" = e."transaction_id"
                      LEFT JOIN ${S}."ledger_pending_resolutions" r ON r."pending_transaction_id" = t."id"
                     GROUP BY e."account_id") s ON s."account_id" = a."id"
        WHERE a."posted_debits" <> coalesce(s."d", 0) OR a."posted_credits" <> coalesce(s."c", 0)
           OR a."pending_debits" <> coalesce(s."pd", 0) OR a."pending_credits" <> coalesce(s."pc", 0)`,
    )) as Array<{ id: string; code: string; sd: string; sc: string; ed: string; ec: string; spd: string; spc: string; epd: string; epc: string }>;
    const [trial] = (await manager.query(
      `SELECT coalesce(sum("posted_debits"), 0)::text AS "d", coalesce(sum("posted_credits"), 0)::text AS "c" FROM ${S}."ledger_accounts"`,
    )) as Array<{ d: string; c: string }>;
    const held = (await manager.query(
      `SELECT a."escrow_id", (a."posted_credits" - a."posted_debits")::text AS "held", x."state", x."order_id"
         FROM ${S}."ledger_accounts" a LEFT JOIN ${S}."escrows" x ON x."id" = a."escrow_id" WHERE a."type" = 'HELD_FUNDS'`,
    )) as Array<{ escrow_id: string; held: string; state: EscrowState | null; order_id: string | null }>;
    const conservationBroken = await findConservationBreaks(manager);
    const negativeBalances = await findNegativeBalances(manager);
    const orderIds: Record<string, string> = {};
    for (const named of [...conservationBroken, ...negativeBalances]) if (named.escrowId && named.orderId) orderIds[named.escrowId] = named.orderId;

    let heldTotal = 0n;
    let heldInOpenEscrows = 0n;
    const heldOutsideOpenEscrows: LedgerCheckReport['heldOutsideOpenEscrows'] = [];
    for (const h of held) {
      const amount = toVnd(h.held);
      heldTotal += amount;
      if (h.state !== null && !CLOSED_STATES.includes(h.state)) heldInOpenEscrows += amount;
      else if (amount !== 0n) {
        heldOutsideOpenEscrows.push({ escrowId: h.escrow_id, state: h.state, held: amount });
        if (h.order_id) orderIds[h.escrow_id] = h.order_id;
      }
    }
    const report: LedgerCheckReport = {
      ok: false,
      transactions,
      unbalancedTransactions: unbalanced.map((u) => ({
        id: u.id,
        idempotencyKey: u.idempotency_key,
        net: toVnd(u.net),
        entries: u.entries,
        orderId: u.order_id,
        firstEntryId: u.first_entry_id,
      })),
      driftedAccounts: drifted.flatMap((d) => [
        ...(d.sd !== d.ed || d.sc !== d.ec
          ? [{ id: d.id, code: d.code, phase: 'POSTED' as const, storedDebits: toVnd(d.sd), storedCredits: toVnd(d.sc), entryDebits: toVnd(d.ed), entryCredits: toVnd(d.ec) }]
          : []),
        ...(d.spd !== d.epd || d.spc !== d.epc
          ? [{ id: d.id, code: d.code, phase: 'PENDING' as const, storedDebits: toVnd(d.spd), storedCredits: toVnd(d.spc), entryDebits: toVnd(d.epd), entryCredits: toVnd(d.epc) }]
          : []),
      ]),
      trialBalance: { debits: toVnd(trial.d), credits: toVnd(trial.c) },
      heldTotal,
      heldInOpenEscrows,
      heldOutsideOpenEscrows,
      conservationBroken,
      negativeBalances,
      orderIds,
    };
    report.ok =
      report.unbalancedTransactions.length === 0 &&
      report.driftedAccounts.length === 0 &&
      report.trialBalance.debits === report.trialBalance.credits &&
      heldOutsideOpenEscrows.length === 0 &&
      heldTotal === heldInOpenEscrows &&
      conservationBroken.length === 0 &&
      negativeBalances.length === 0;
    return report;
  }
}
