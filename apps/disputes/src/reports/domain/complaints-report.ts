import type { DisputeReason, VulnerableCategory } from '@trustcircle/contracts';
import type { DisputeState } from '../../disputes/domain/dispute-state-machine';
import type { VulnerableStatus } from '../../disputes/infrastructure/dispute.orm-entity';
import type { ReportPeriod } from './report-period';

/**
 * Where a complaint stands for the regulator: the money outcome of a RESOLVED dispute, WITHDRAWN (by the buyer),
 * CLOSED (in the seller's favour by the buyer's silence: no escalation after a rejection, or no return shipped),
 * or OPEN (not finished: including AWAITING_RETURN, decided but waiting for the return).
 */
export const REPORT_OUTCOMES = ['REFUND_FULL', 'REFUND_PARTIAL', 'RETURN_AND_REFUND', 'RELEASE_TO_SELLER', 'WITHDRAWN', 'CLOSED', 'OPEN'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** The vulnerable-consumer statuses a report counts (a complaint that never declared one is not a case). */
export const REPORT_VULNERABLE_STATUSES = ['DECLARED', 'CONFIRMED', 'REMOVED'] as const satisfies readonly VulnerableStatus[];

/** One vulnerable consumer's complaint. */
export interface VulnerableCase {
  disputeId: string;
  marketplaceId: string;
  reason: DisputeReason;
  category: VulnerableCategory;
  status: Exclude<VulnerableStatus, 'NONE'>;
  state: DisputeState;
  openedAt: Date;
  finishedAt: Date | null;
}

/**
 * The regulator's view of the complaints received (opened) in a period, each as it stands when the report is
 * made. Counts are whole numbers; durations are hours; no money.
 */
export interface ComplaintsReport {
  period: ReportPeriod;
  generatedAt: Date;
  totals: { disputes: number; open: number; finished: number };
  /** Every reason, in the vocabulary's order, zeros included. */
  byReason: Array<{ reason: DisputeReason; count: number }>;
  /** Marketplaces with at least one complaint, most complaints first (then by id); the name from the partner directory. */
  byMarketplace: Array<{ marketplaceId: string; marketplaceName: string | null; count: number }>;
  /** Every {@link REPORT_OUTCOMES} bucket, zeros included. */
  byOutcome: Array<{ outcome: ReportOutcome; count: number }>;
  resolution: {
    /** Finished complaints (RESOLVED, WITHDRAWN, CLOSED): the population of the figures below. */
    finished: number;
    /** Median of opened → finished over finished complaints (exact: the mean of the two middle ones for an even count); null when none finished. */
    medianSeconds: number | null;
    /** The same in hours, rounded to 3 decimals. */
    medianHours: number | null;
    /** Finished complaints resolved within deadline (see the read-side docs for the definition). */
    withinDeadline: number;
    /** withinDeadline / finished, rounded to 4 decimals; null when none finished. */
    withinDeadlineShare: number | null;
  };
  vulnerable: {
    total: number;
    /** Every category, in the vocabulary's order, with a count per status (zeros included). */
    byCategory: Array<{ category: VulnerableCategory; declared: number; confirmed: number; removed: number; total: number }>;
    /** Oldest first. */
    cases: VulnerableCase[];
  };
}
