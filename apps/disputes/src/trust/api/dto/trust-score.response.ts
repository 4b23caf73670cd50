import { ApiProperty } from '@nestjs/swagger';
import type { TrustParts } from '../../domain/trust-score';
import type { TrustScoreView, TrustWindowView } from '../../application/get-trust-score/trust-score.view';

class TrustPartsResponse {
  @ApiProperty({ nullable: true, type: Number, example: 87.5, description: 'Disputes answered before the merchant response deadline, per 100 that needed an answer (one decimal); null when none did.' })
  answeredInTimePct!: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 52.5, description: 'Median hours from opening to settling (the lower middle for an even count; one decimal); null when none settled.' })
  medianResolutionHours!: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 12.3, description: 'Disputes opened per 1,000 orders placed in the window (one decimal); null with no orders.' })
  disputesPer1000Orders!: number | null;

  @ApiProperty({ example: 1, description: 'Default judgments: decided for the buyer because the merchant did not answer in time.' })
  defaultJudgmentsLost!: number;

  @ApiProperty({ example: 812, description: 'Orders placed in the window.' })
  orders!: number;

  @ApiProperty({ example: 10, description: 'Disputes opened in the window.' })
  disputes!: number;

  static of(p: TrustParts): TrustPartsResponse {
    return Object.assign(new TrustPartsResponse(), p);
  }
}

class TrustWindowResponse {
  @ApiProperty({ enum: [30, 90], example: 30 }) days!: 30 | 90;
  @ApiProperty({ example: '2026-10-31', description: 'First day (Asia/Ho_Chi_Minh), included.' }) from!: string;
  @ApiProperty({ example: '2026-11-29', description: 'Last day (Asia/Ho_Chi_Minh), included: today.' }) to!: string;

  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: 100, example: 91, description: 'The score 0–100; null when the window has fewer orders than the minimum (TRUST_SCORE_MIN_ORDERS).' })
  score!: number | null;

  @ApiProperty({ type: TrustPartsResponse }) parts!: TrustPartsResponse;

  static of(w: TrustWindowView): TrustWindowResponse {
    return Object.assign(new TrustWindowResponse(), { days: w.days, from: w.from, to: w.to, score: w.score, parts: TrustPartsResponse.of(w.parts) });
  }
}

class TrustWindowsResponse {
  @ApiProperty({ type: TrustWindowResponse }) '30d'!: TrustWindowResponse;
  @ApiProperty({ type: TrustWindowResponse }) '90d'!: TrustWindowResponse;
}

class TrustTrendPointResponse {
  @ApiProperty({ example: '2026-11-29' }) day!: string;
  @ApiProperty({ nullable: true, type: Number, example: 91, description: 'The 30-day score of the window ending that day.' }) score30d!: number | null;
}

/** A merchant's or marketplace's public trust (`GET /v1/public/trust/merchant|marketplace/{id}`). */
export class TrustScoreResponse {
  @ApiProperty({ enum: ['merchant', 'marketplace'] }) kind!: 'merchant' | 'marketplace';
  @ApiProperty({ example: '0b6c2d2e-8f7a-4f0e-9d55-3b1f2a7c9e10:seller-42', description: '`marketplaceId:sellerId` for a merchant, the marketplace id for a marketplace.' }) id!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'seller-42', description: 'null for a marketplace.' }) sellerId!: string | null;
  @ApiProperty({ example: '2026-11-29T05:00:00.000Z', description: 'The instant the figures are as of (UTC).' }) asOf!: string;
  @ApiProperty({ type: TrustWindowsResponse }) windows!: TrustWindowsResponse;
  @ApiProperty({ type: [TrustTrendPointResponse], description: 'The last 90 days, oldest first, one point per day.' }) trend!: TrustTrendPointResponse[];
  @ApiProperty({ nullable: true, type: String, example: null, description: 'Reserved for a label; always null for now.' }) label!: string | null;

  static of(v: TrustScoreView): TrustScoreResponse {
    return Object.assign(new TrustScoreResponse(), {
      kind: v.subject.kind,
      id: v.subject.id,
      marketplaceId: v.subject.marketplaceId,
      sellerId: v.subject.sellerId,
      asOf: v.asOf.toISOString(),
      windows: Object.assign(new TrustWindowsResponse(), { '30d': TrustWindowResponse.of(v.windows['30d']), '90d': TrustWindowResponse.of(v.windows['90d']) }),
      trend: v.trend.map((p) => Object.assign(new TrustTrendPointResponse(), p)),
      label: null,
    });
  }
}
