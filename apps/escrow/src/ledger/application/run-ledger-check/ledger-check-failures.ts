import { LEDGER_RULES, type LedgerCheckFailedV1, type LedgerCheckFailureV1, type LedgerCheckTrigger, type LedgerRule, type OperatorAlertRaisedV1 } from '@trustcircle/contracts';
import type { LedgerCheckReport } from '../ledger-check-report';

/** The most failures one `escrow.ledger-check-failed` carries (the contract's cap). */
export const MAX_REPORTED_FAILURES = 100;

const DETAIL_MAX = 500;

function failure(rule: LedgerRule, orderId: string | null, entryId: string | null, detail: string): LedgerCheckFailureV1 {
  return { rule, orderId, entryId, detail: detail.length > DETAIL_MAX ? `${detail.slice(0, DETAIL_MAX - 1)}…` : detail };
}

/**
 * Every broken rule of a report, as the contract names them (uncapped; the event keeps the first 100):
 * - ENTRY_UNBALANCED: a transaction whose entries do not balance (its first entry named), or debits ≠ credits
 *   over all accounts (platform-wide);
 * - CONSERVATION_BROKEN: an escrow whose money does not add up, or an account whose stored totals drifted from
 *   its entries (the balances no longer conserve what was posted);
 * - HELD_TOTAL_MISMATCH: a closed (or unknown) escrow still holding money, and the platform-wide held total
 *   differing from what open escrows hold;
 * - NEGATIVE_BALANCE: an account that must never be negative, below zero.
 * Order ids are those of the escrows concerned (null for platform-wide findings).
 */
export function ledgerCheckFailures(report: LedgerCheckReport): LedgerCheckFailureV1[] {
  const out: LedgerCheckFailureV1[] = [];
  for (const u of report.unbalancedTransactions) {
    out.push(failure('ENTRY_UNBALANCED', u.orderId, u.firstEntryId, `transaction ${u.id} (${u.idempotencyKey}) nets ${u.net} VND over ${u.entries} entries`));
  }
  if (report.trialBalance.debits !== report.trialBalance.credits) {
    out.push(failure('ENTRY_UNBALANCED', null, null, `posted debits ${report.trialBalance.debits} VND ≠ posted credits ${report.trialBalance.credits} VND over all accounts`));
  }
  for (const c of report.conservationBroken) {
    const clawed = c.clawedBack > 0n ? ` + clawed back ${c.clawedBack}` : '';
    out.push(
      failure(
        'CONSERVATION_BROKEN',
        c.orderId,
        null,
        `escrow ${c.escrowId}: funded ${c.funded}${clawed} ≠ released ${c.released} + refunded ${c.refunded} + held ${c.held} (VND)`,
      ),
    );
  }
  for (const d of report.driftedAccounts) {
    out.push(
      failure(
        'CONSERVATION_BROKEN',
        null,
        null,
        `account ${d.code}: stored ${d.phase.toLowerCase()} debits/credits ${d.storedDebits}/${d.storedCredits} VND ≠ its entries ${d.entryDebits}/${d.entryCredits} VND`,
      ),
    );
  }
  for (const h of report.heldOutsideOpenEscrows) {
    out.push(failure('HELD_TOTAL_MISMATCH', report.orderIds[h.escrowId] ?? null, null, `escrow ${h.escrowId} (${h.state ?? 'unknown'}) still holds ${h.held} VND`));
  }
  if (report.heldTotal !== report.heldInOpenEscrows) {
    out.push(failure('HELD_TOTAL_MISMATCH', null, null, `held total ${report.heldTotal} VND ≠ held by open escrows ${report.heldInOpenEscrows} VND`));
  }
  for (const n of report.negativeBalances) {
    out.push(failure('NEGATIVE_BALANCE', n.orderId, null, `account ${n.code} (${n.type}) is at ${n.balance} VND`));
  }
  return out;
}

/** How many failures of each rule (every rule present, 0 when none). */
export function failureCountsByRule(failures: readonly LedgerCheckFailureV1[]): Record<LedgerRule, number> {
  const counts = Object.fromEntries(LEDGER_RULES.map((r) => [r, 0])) as Record<LedgerRule, number>;
  for (const f of failures) counts[f.rule]++;
  return counts;
}

/** The `escrow.ledger-check-failed` payload of a failed check (the first {@link MAX_REPORTED_FAILURES} failures). */
export function ledgerCheckFailedEvent(c: { checkId: string; trigger: LedgerCheckTrigger; checkedAt: Date; failures: readonly LedgerCheckFailureV1[] }): LedgerCheckFailedV1 {
  return { checkId: c.checkId, trigger: c.trigger, failureCount: c.failures.length, failures: c.failures.slice(0, MAX_REPORTED_FAILURES), checkedAt: c.checkedAt.toISOString() };
}

/** The `platform.operator-alert-raised` payload raised with a failed check (no personal data: rules and counts). */
export function ledgerCheckAlert(c: { alertId: string; checkId: string; trigger: LedgerCheckTrigger; checkedAt: Date; failures: readonly LedgerCheckFailureV1[] }): OperatorAlertRaisedV1 {
  const counts = Object.entries(failureCountsByRule(c.failures))
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => `${rule} ×${n}`)
    .join(', ');
  return {
    alertId: c.alertId,
    severity: 'CRITICAL',
    code: 'LEDGER_CHECK_FAILED',
    message: `The ${c.trigger === 'SCHEDULED' ? 'scheduled' : 'on-demand'} ledger check ${c.checkId} found ${c.failures.length} broken rule(s): ${counts}. See escrow.ledger-check-failed ${c.checkId} and POST /v1/ledger/checks.`,
    service: 'escrow',
    orderId: null,
    raisedAt: c.checkedAt.toISOString(),
  };
}
