import type { TrustSubject } from '../../domain/merchant-id';
import type { TrustParts } from '../../domain/trust-score';
import type { TrustWindowDays } from '../../domain/trust-windows';

/** One rolling window of a subject's trust. */
export interface TrustWindowView {
  days: TrustWindowDays;
  /** YYYY-MM-DD (Asia/Ho_Chi_Minh), both included. */
  from: string;
  to: string;
  /** 0–100, or null with too few orders. */
  score: number | null;
  parts: TrustParts;
}

/** A subject's published trust: both windows and the 30-day score of each of the last 90 days. */
export interface TrustScoreView {
  subject: TrustSubject;
  asOf: Date;
  windows: { '30d': TrustWindowView; '90d': TrustWindowView };
  trend: Array<{ day: string; score30d: number | null }>;
}
