import { Injectable } from '@nestjs/common';
import { LEDGER_RULES, type LedgerCheckTrigger, type LedgerRule } from '@trustcircle/contracts';
import type { Vnd } from '@trustcircle/kernel';
import { Metrics } from '@trustcircle/observability';
import type { Counter, Gauge } from 'prom-client';

/**
 * Names of the ledger check's metrics (`tc_` prefix and units in the name, as `METRIC_NAMES`).
 * WARNING: dashboards and alerts query these names; never rename one.
 */
export const LEDGER_METRIC_NAMES = {
  /** Gauge: 1 when the last ledger check passed, 0 when it failed. */
  checkOk: 'tc_ledger_check_ok',
  /** Gauge `{rule}`: failures found by the last ledger check, per rule (every rule present). */
  checkFailures: 'tc_ledger_check_failures',
  /** Gauge: money in all held-funds accounts at the last check, in VND. */
  heldTotal: 'tc_ledger_held_total_vnd',
  /** Gauge: when the last check ran (Unix seconds). */
  lastCheck: 'tc_ledger_check_last_run_timestamp_seconds',
  /** Counter `{trigger, result}`: ledger checks run (SCHEDULED / ON_DEMAND; ok, failed, or error when it could not run). */
  checksTotal: 'tc_ledger_checks_total',
} as const;

/** The ledger check's Prometheus metrics, set by every check (scheduled or on demand). */
@Injectable()
export class LedgerCheckMetrics {
  private readonly ok: Gauge;
  private readonly failures: Gauge<'rule'>;
  private readonly held: Gauge;
  private readonly lastRun: Gauge;
  private readonly runs: Counter<'trigger' | 'result'>;

  constructor(metrics: Metrics) {
    this.ok = metrics.gauge({ name: LEDGER_METRIC_NAMES.checkOk, help: 'Whether the last ledger check passed (1) or failed (0).' });
    this.failures = metrics.gauge({ name: LEDGER_METRIC_NAMES.checkFailures, help: 'Failures found by the last ledger check, by rule.', labelNames: ['rule'] });
    this.held = metrics.gauge({ name: LEDGER_METRIC_NAMES.heldTotal, help: 'Money in all held-funds accounts at the last ledger check, in VND.' });
    this.lastRun = metrics.gauge({ name: LEDGER_METRIC_NAMES.lastCheck, help: 'When the last ledger check ran (Unix seconds).' });
    this.runs = metrics.counter({ name: LEDGER_METRIC_NAMES.checksTotal, help: 'Ledger checks run, by trigger and result.', labelNames: ['trigger', 'result'] });
  }

  /** Records one check's outcome. */
  observe(c: { trigger: LedgerCheckTrigger; ok: boolean; countsByRule: Record<LedgerRule, number>; heldTotal: Vnd; checkedAt: Date }): void {
    this.ok.set(c.ok ? 1 : 0);
    for (const rule of LEDGER_RULES) this.failures.set({ rule }, c.countsByRule[rule]);
    // A gauge is a float: exact up to 2^53 VND, far beyond any real total.
    this.held.set(Number(c.heldTotal));
    this.lastRun.set(c.checkedAt.getTime() / 1000);
    this.runs.inc({ trigger: c.trigger, result: c.ok ? 'ok' : 'failed' });
  }

  /** Counts a check that could not run (a database error); the other gauges keep the last result. */
  observeError(trigger: LedgerCheckTrigger): void {
    this.runs.inc({ trigger, result: 'error' });
  }
}
