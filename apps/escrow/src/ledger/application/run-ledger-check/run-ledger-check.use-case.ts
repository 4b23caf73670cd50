import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LedgerCheckFailureV1, LedgerCheckTrigger } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import type { LedgerCheckReport } from '../ledger-check-report';
import { LedgerService } from '../ledger.service';
import { failureCountsByRule, ledgerCheckAlert, ledgerCheckFailedEvent, ledgerCheckFailures } from './ledger-check-failures';
import { LedgerCheckMetrics } from './ledger-check.metrics';

/** One ledger check run: its id, when and why it ran, the report and the broken rules (uncapped). */
export interface LedgerCheckRun {
  checkId: string;
  trigger: LedgerCheckTrigger;
  checkedAt: Date;
  ok: boolean;
  report: LedgerCheckReport;
  failures: LedgerCheckFailureV1[];
}

/**
 * Runs the ledger check (see `LedgerService.check`). A failed check records `escrow.ledger-check-failed` (keyed
 * by the check id) and a CRITICAL `platform.operator-alert-raised` through the outbox, in the check's
 * transaction. Every run sets the ledger metrics. Without a manager it runs in its own REPEATABLE READ
 * transaction (one snapshot for every rule); with one (the scheduled check's deadline transaction, tests), in it.
 */
@Injectable()
export class RunLedgerCheckUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly outbox: OutboxWriter,
    private readonly metrics: LedgerCheckMetrics,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(trigger: LedgerCheckTrigger, manager?: EntityManager): Promise<LedgerCheckRun> {
    const run = manager ? await this.runIn(manager, trigger) : await this.dataSource.transaction('REPEATABLE READ', (m) => this.runIn(m, trigger));
    this.metrics.observe({ trigger, ok: run.ok, countsByRule: failureCountsByRule(run.failures), heldTotal: run.report.heldTotal, checkedAt: run.checkedAt });
    return run;
  }

  private async runIn(m: EntityManager, trigger: LedgerCheckTrigger): Promise<LedgerCheckRun> {
    const checkId = randomUUID();
    const checkedAt = this.clock.now();
    const report = await this.ledger.check(m);
    const failures = ledgerCheckFailures(report);
    const ok = report.ok && failures.length === 0;
    if (failures.length > 0) {
      await this.outbox.record(m, 'escrow.ledger-check-failed', ledgerCheckFailedEvent({ checkId, trigger, checkedAt, failures }));
      await this.outbox.record(m, 'platform.operator-alert-raised', ledgerCheckAlert({ alertId: randomUUID(), checkId, trigger, checkedAt, failures }));
    }
    return { checkId, trigger, checkedAt, ok, report, failures };
  }
}
