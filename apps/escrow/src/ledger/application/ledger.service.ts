import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EscrowState } from '@trustcircle/contracts';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOSED_STATES } from '../../escrow/domain/escrow-state-machine';
import { escrowIdOf, partnerIdOf, type LedgerAccountRef, type LedgerAccountType, type LedgerSide, ledgerAccountCode, NORMAL_SIDE } from '../domain/ledger-account';
import { accountRuleViolation, balanceViews, type LedgerBalanceViews, type LedgerTotals } from '../domain/ledger-balance';
import { LedgerError } from '../domain/ledger-error';
import { assertValidTransaction, type LedgerTransaction } from '../domain/ledger-transaction';
import type { LedgerCheckReport } from './ledger-check-report';
import { findConservationBreaks, findNegativeBalances } from './ledger-check-rules';

/** The result of `post`: the transaction's id, and whether this call posted it or found it already posted. */
export interface PostedLedgerTransaction {
  kind: 'posted' | 'duplicate';
  transactionId: string;
  idempotencyKey: string;
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
 * once per idempotency key, and refuses the whole transaction if an account rule would break.
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
    assertValidTransaction(tx);
    const earlier = await this.findByKey(manager, tx.idempotencyKey);
    if (earlier) return earlier;
    return manager.transaction((m) => this.postLocked(m, tx));
  }

  private async postLocked(m: EntityManager, tx: LedgerTransaction): Promise<PostedLedgerTransaction> {
    const deltas = new Map<string, { ref: LedgerAccountRef; debits: Vnd; credits: Vnd }>();
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
    const rows = (await m.query(`SELECT * FROM ${S}."ledger_accounts" WHERE "code" = ANY($1) ORDER BY "code" FOR UPDATE`, [codes])) as AccountRow[];

    // A duplicate that committed while we waited for the locks is visible now (READ COMMITTED, new statement).
    const raced = await this.findByKey(m, tx.idempotencyKey);
    if (raced) return raced;

    for (const row of rows) {
      const d = deltas.get(row.code) as { debits: Vnd; credits: Vnd };
      const t = totalsOf(row);
      const next = { ...t, postedDebits: t.postedDebits + d.debits, postedCredits: t.postedCredits + d.credits };
      const violation = accountRuleViolation(row.type, next);
      if (violation) throw new LedgerError(violation, `${tx.idempotencyKey} would leave ${row.code} at ${balanceViews(row.type, next).available}`);
    }

    const transactionId = randomUUID();
    await m.query(`INSERT INTO ${S}."ledger_transactions" ("id", "idempotency_key", "purpose", "escrow_id", "order_id", "metadata") VALUES ($1, $2, $3, $4, $5, $6)`, [
      transactionId,
      tx.idempotencyKey,
      tx.purpose,
      tx.escrowId,
      tx.orderId,
      JSON.stringify(tx.metadata),
    ]);
    const idByCode = new Map(rows.map((r) => [r.code, r.id]));
    const values: unknown[] = [];
    const tuples = tx.postings.map((p, i) => {
      values.push(randomUUID(), transactionId, idByCode.get(ledgerAccountCode(p.account)), p.side, p.amount.toString());
      return `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`;
    });
    await m.query(`INSERT INTO ${S}."ledger_entries" ("id", "transaction_id", "account_id", "side", "amount") VALUES ${tuples.join(', ')}`, values);
    for (const row of rows) {
      const d = deltas.get(row.code) as { debits: Vnd; credits: Vnd };
      await m.query(
        `UPDATE ${S}."ledger_accounts" SET "posted_debits" = "posted_debits" + $2, "posted_credits" = "posted_credits" + $3,
           "version" = "version" + 1, "updated_at" = now() WHERE "id" = $1`,
        [row.id, d.debits.toString(), d.credits.toString()],
      );
    }
    return { kind: 'posted', transactionId, idempotencyKey: tx.idempotencyKey };
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
   * The ledger check: every transaction balances, every account's totals equal the sum of its entries, debits
   * equal credits overall, the money held equals what open escrows hold (closed or unknown escrows hold 0), money
   * is conserved per escrow and no never-negative account is negative (see `ledger-check-rules.ts`). Each rule
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
    const drifted = (await manager.query(
      `SELECT a."id", a."code", a."posted_debits"::text AS "sd", a."posted_credits"::text AS "sc", coalesce(s."d", 0)::text AS "ed", coalesce(s."c", 0)::text AS "ec"
         FROM ${S}."ledger_accounts" a
         LEFT JOIN (SELECT "account_id", sum("amount") FILTER (WHERE "side" = 'DEBIT') AS "d", sum("amount") FILTER (WHERE "side" = 'CREDIT') AS "c"
                      FROM ${S}."ledger_entries" GROUP BY "account_id") s ON s."account_id" = a."id"
        WHERE a."posted_debits" <> coalesce(s."d", 0) OR a."posted_credits" <> coalesce(s."c", 0)`,
    )) as Array<{ id: string; code: string; sd: string; sc: string; ed: string; ec: string }>;
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
      driftedAccounts: drifted.map((d) => ({ id: d.id, code: d.code, storedDebits: toVnd(d.sd), storedCredits: toVnd(d.sc), entryDebits: toVnd(d.ed), entryCredits: toVnd(d.ec) })),
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
