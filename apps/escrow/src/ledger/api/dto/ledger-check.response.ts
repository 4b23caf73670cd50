import { ApiProperty } from '@nestjs/swagger';
import { LEDGER_CHECK_TRIGGERS, LEDGER_RULES, type LedgerCheckTrigger, type LedgerRule } from '@trustcircle/contracts';
import { type Vnd, vndToWire } from '@trustcircle/kernel';
import { MAX_REPORTED_FAILURES } from '../../application/run-ledger-check/ledger-check-failures';
import type { LedgerCheckRun } from '../../application/run-ledger-check/run-ledger-check.use-case';

/** One broken rule (as in `escrow.ledger-check-failed`). */
export class LedgerCheckFailureResponse {
  @ApiProperty({ enum: LEDGER_RULES }) rule!: LedgerRule;
  @ApiProperty({ format: 'uuid', nullable: true }) orderId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true }) entryId!: string | null;
  @ApiProperty() detail!: string;
}

/** Debits and credits over all accounts, in whole VND. */
export class TrialBalanceResponse {
  @ApiProperty() debits!: number;
  @ApiProperty() credits!: number;
}

/** Converts every bigint of a finding to a wire number (amounts in whole VND). */
type Wire<T> = { [K in keyof T]: T[K] extends Vnd ? number : T[K] };

function wire<T extends object>(finding: T): Wire<T> {
  return Object.fromEntries(Object.entries(finding).map(([k, v]) => [k, typeof v === 'bigint' ? vndToWire(v) : v])) as Wire<T>;
}

/**
 * The result of a ledger check. `failures` names every broken rule (the first 100; `failureCount` counts all);
 * `findings` holds the report's raw lists (the first 100 of each), amounts in whole VND.
 */
export class LedgerCheckResponse {
  @ApiProperty({ format: 'uuid' }) checkId!: string;
  @ApiProperty({ enum: LEDGER_CHECK_TRIGGERS }) trigger!: LedgerCheckTrigger;
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
  @ApiProperty({ description: 'True when every rule holds.' }) ok!: boolean;
  @ApiProperty({ description: 'Ledger transactions checked.' }) transactions!: number;
  @ApiProperty({ description: 'Money in all held-funds accounts (VND).' }) heldTotal!: number;
  @ApiProperty({ description: 'Money held by open escrows (VND); equals heldTotal in a sound ledger.' }) heldInOpenEscrows!: number;
  @ApiProperty({ type: TrialBalanceResponse }) trialBalance!: TrialBalanceResponse;
  @ApiProperty() failureCount!: number;
  @ApiProperty({ type: [LedgerCheckFailureResponse] }) failures!: LedgerCheckFailureResponse[];
  @ApiProperty({
    description: 'unbalancedTransactions, driftedAccounts, heldOutsideOpenEscrows, conservationBroken, negativeBalances (amounts in VND).',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object' } },
  })
  findings!: Record<string, Array<Record<string, unknown>>>;

  static of(run: LedgerCheckRun): LedgerCheckResponse {
    const r = run.report;
    const cap = <T extends object>(list: readonly T[]): Array<Wire<T>> => list.slice(0, MAX_REPORTED_FAILURES).map(wire);
    return {
      checkId: run.checkId,
      trigger: run.trigger,
      checkedAt: run.checkedAt.toISOString(),
      ok: run.ok,
      transactions: r.transactions,
      heldTotal: vndToWire(r.heldTotal),
      heldInOpenEscrows: vndToWire(r.heldInOpenEscrows),
      trialBalance: { debits: vndToWire(r.trialBalance.debits), credits: vndToWire(r.trialBalance.credits) },
      failureCount: run.failures.length,
      failures: run.failures.slice(0, MAX_REPORTED_FAILURES),
      findings: {
        unbalancedTransactions: cap(r.unbalancedTransactions),
        driftedAccounts: cap(r.driftedAccounts),
        heldOutsideOpenEscrows: cap(r.heldOutsideOpenEscrows),
        conservationBroken: cap(r.conservationBroken),
        negativeBalances: cap(r.negativeBalances),
      },
    };
  }
}
