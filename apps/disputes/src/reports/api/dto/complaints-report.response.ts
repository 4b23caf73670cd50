import { ApiProperty } from '@nestjs/swagger';
import { DISPUTE_REASONS, type DisputeReason, VULNERABLE_CATEGORIES, type VulnerableCategory } from '@trustcircle/contracts';
import { toVnLocalIso } from '@trustcircle/kernel';
import { DISPUTE_STATES, type DisputeState } from '../../../disputes/domain/dispute-state-machine';
import { type ComplaintsReport, REPORT_OUTCOMES, type ReportOutcome } from '../../domain/complaints-report';
import { REPORT_TIME_ZONE } from '../../domain/report-period';

class PeriodResponse {
  @ApiProperty({ example: '2026-11-01' }) from!: string;
  @ApiProperty({ example: '2026-11-30' }) to!: string;
  @ApiProperty({ example: REPORT_TIME_ZONE }) timeZone!: string;
  @ApiProperty({ example: '2026-10-31T17:00:00.000Z', description: '`from` at 00:00 local, UTC.' }) start!: string;
  @ApiProperty({ example: '2026-11-30T17:00:00.000Z', description: 'The day after `to` at 00:00 local, UTC (excluded).' }) end!: string;
  @ApiProperty({ example: 30 }) days!: number;
}

class TotalsResponse {
  @ApiProperty({ description: 'Complaints opened in the period.' }) disputes!: number;
  @ApiProperty({ description: 'Of which not finished now.' }) open!: number;
  @ApiProperty({ description: 'Of which RESOLVED, WITHDRAWN or CLOSED now.' }) finished!: number;
}

class ReasonCountResponse {
  @ApiProperty({ enum: DISPUTE_REASONS }) reason!: DisputeReason;
  @ApiProperty() count!: number;
}

class MarketplaceCountResponse {
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Shop Ánh Dương' }) marketplaceName!: string | null;
  @ApiProperty() count!: number;
}

class OutcomeCountResponse {
  @ApiProperty({ enum: REPORT_OUTCOMES }) outcome!: ReportOutcome;
  @ApiProperty() count!: number;
}

class ResolutionResponse {
  @ApiProperty({ description: 'Finished complaints: the population of the figures below.' }) finished!: number;
  @ApiProperty({ nullable: true, type: Number, example: 25.5, description: 'Median hours from opening to finishing (3 decimals); null when none finished.' }) medianHours!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The same median, exact, in seconds.' }) medianSeconds!: number | null;
  @ApiProperty({ description: 'Finished complaints resolved within deadline.' }) withinDeadline!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.75, description: 'withinDeadline / finished (4 decimals); null when none finished.' }) withinDeadlineShare!: number | null;
}

class VulnerableCategoryResponse {
  @ApiProperty({ enum: VULNERABLE_CATEGORIES }) category!: VulnerableCategory;
  @ApiProperty() declared!: number;
  @ApiProperty() confirmed!: number;
  @ApiProperty() removed!: number;
  @ApiProperty() total!: number;
}

class VulnerableCaseResponse {
  @ApiProperty({ format: 'uuid' }) disputeId!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty({ enum: DISPUTE_REASONS }) reason!: DisputeReason;
  @ApiProperty({ enum: VULNERABLE_CATEGORIES }) category!: VulnerableCategory;
  @ApiProperty({ enum: ['DECLARED', 'CONFIRMED', 'REMOVED'] }) status!: string;
  @ApiProperty({ enum: DISPUTE_STATES }) state!: DisputeState;
  @ApiProperty() openedAt!: string;
  @ApiProperty() openedAtLocal!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAtLocal!: string | null;
}

class VulnerableResponse {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [VulnerableCategoryResponse] }) byCategory!: VulnerableCategoryResponse[];
  @ApiProperty({ type: [VulnerableCaseResponse], description: 'Oldest first.' }) cases!: VulnerableCaseResponse[];
}

/** `GET /v1/reports/complaints`: the complaints opened in a period, as they stand now. No money, no personal data. */
export class ComplaintsReportResponse {
  @ApiProperty({ type: PeriodResponse }) period!: PeriodResponse;
  @ApiProperty() generatedAt!: string;
  @ApiProperty() generatedAtLocal!: string;
  @ApiProperty({ type: TotalsResponse }) totals!: TotalsResponse;
  @ApiProperty({ type: [ReasonCountResponse], description: 'Every reason, zeros included.' }) byReason!: ReasonCountResponse[];
  @ApiProperty({ type: [MarketplaceCountResponse], description: 'Marketplaces with complaints, most first.' }) byMarketplace!: MarketplaceCountResponse[];
  @ApiProperty({ type: [OutcomeCountResponse], description: 'Every outcome bucket, zeros included.' }) byOutcome!: OutcomeCountResponse[];
  @ApiProperty({ type: ResolutionResponse }) resolution!: ResolutionResponse;
  @ApiProperty({ type: VulnerableResponse }) vulnerable!: VulnerableResponse;

  static of(r: ComplaintsReport): ComplaintsReportResponse {
    return {
      period: { from: r.period.from, to: r.period.to, timeZone: REPORT_TIME_ZONE, start: r.period.start.toISOString(), end: r.period.end.toISOString(), days: r.period.days },
      generatedAt: r.generatedAt.toISOString(),
      generatedAtLocal: toVnLocalIso(r.generatedAt),
      totals: { ...r.totals },
      byReason: r.byReason.map((x) => ({ ...x })),
      byMarketplace: r.byMarketplace.map((x) => ({ ...x })),
      byOutcome: r.byOutcome.map((x) => ({ ...x })),
      resolution: { ...r.resolution },
      vulnerable: {
        total: r.vulnerable.total,
        byCategory: r.vulnerable.byCategory.map((x) => ({ ...x })),
        cases: r.vulnerable.cases.map((c) => ({
          disputeId: c.disputeId,
          marketplaceId: c.marketplaceId,
          reason: c.reason,
          category: c.category,
          status: c.status,
          state: c.state,
          openedAt: c.openedAt.toISOString(),
          openedAtLocal: toVnLocalIso(c.openedAt),
          finishedAt: c.finishedAt ? c.finishedAt.toISOString() : null,
          finishedAtLocal: c.finishedAt ? toVnLocalIso(c.finishedAt) : null,
        })),
      },
    };
  }
}
