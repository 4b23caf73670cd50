import type { InstructionFailureAction, InstructionKind } from '@trustcircle/contracts';
import type { InstructionStatus } from '../infrastructure/instruction.orm-entity';

/** What a payment partner reports about one of its instructions. */
export interface SettlementReport {
  status: 'SETTLED' | 'FAILED';
  reference: string;
  reason: string | null;
  /** When the partner settled it (or found it failed). */
  reportedAt: Date;
}

/** The answer to a report, kept with it: a repeat of the report gets it again. */
export interface SettlementAnswer {
  instructionId: string;
  kind: InstructionKind;
  /** The instruction's status after the report: SETTLED, FAILED (a retry is scheduled) or ESCALATED. */
  status: Extract<InstructionStatus, 'SETTLED' | 'FAILED' | 'ESCALATED'>;
  /** The attempt the report was about (from 1). */
  attempt: number;
  /** For a failure: RETRY or ESCALATED; null when settled. */
  nextAction: InstructionFailureAction | null;
  /** For a retry: when the instruction is issued again (ISO-8601); else null. */
  nextAttemptAt: string | null;
  /** When escrow recorded the report (ISO-8601). */
  recordedAt: string;
}

/** A report already recorded for the instruction. */
export interface RecordedReport extends SettlementReport {
  answer: SettlementAnswer;
}

/** `repeat`: the same report was recorded before (answer it again); `apply`: record it; `conflict`: refuse it (409). */
export type ReportDecision = { kind: 'repeat'; answer: SettlementAnswer } | { kind: 'apply' } | { kind: 'conflict'; detail: string };

function sameReport(a: SettlementReport, b: SettlementReport): boolean {
  return a.status === b.status && a.reference === b.reference && (a.reason ?? null) === (b.reason ?? null) && a.reportedAt.getTime() === b.reportedAt.getTime();
}

/**
 * Decides a partner's report about an instruction: a report identical to one recorded before is a repeat; a new
 * report applies only to a PENDING instruction (the partner may act on it); anything else (a second settlement
 * with another reference, a failure after a settlement, a report while a retry is waiting or after escalation)
 * conflicts.
 */
export function decideReport(instruction: { status: InstructionStatus }, earlier: readonly RecordedReport[], report: SettlementReport): ReportDecision {
  const same = earlier.find((r) => sameReport(r, report));
  if (same) return { kind: 'repeat', answer: same.answer };
  if (instruction.status === 'PENDING') return { kind: 'apply' };
  const why: Record<Exclude<InstructionStatus, 'PENDING'>, string> = {
    SETTLED: 'the instruction is already settled with another report',
    FAILED: 'the instruction failed and waits for its retry; report on the retry once it is issued',
    ESCALATED: 'the instruction was escalated to operators',
    AWAITING_ACCOUNT: 'the instruction is not issued yet',
  };
  return { kind: 'conflict', detail: why[instruction.status] };
}
