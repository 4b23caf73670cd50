/**
 * The public trust reports (`GET /v1/public/trust/{kind}/{id}`): merchants and marketplaces from disputes, couriers
 * from delivery-tracking. Same shape for every kind; the parts differ.
 */
export const TRUST_KINDS = ['marketplace', 'merchant', 'courier'] as const;
export type TrustKind = (typeof TRUST_KINDS)[number];

/** A merchant's or marketplace's parts (disputes). */
export interface DisputeTrustParts {
  answeredInTimePct: number | null;
  medianResolutionHours: number | null;
  disputesPer1000Orders: number | null;
  defaultJudgmentsLost: number;
  orders: number;
  disputes: number;
}

/** A courier's parts (delivery-tracking). */
export interface CourierTrustParts {
  onTimePct: number | null;
  failedAttemptPct: number | null;
  exceptionPct: number | null;
  eventLatencyMinutes: number | null;
  codRemittanceDays: number | null;
  shipments: number;
  delivered: number;
}

/** One rolling window: the score (0–100, null when too few to judge) and its parts. */
export interface TrustWindow {
  days: 30 | 90;
  from: string;
  to: string;
  score: number | null;
  parts: DisputeTrustParts | CourierTrustParts;
}

/** The courier's "safe delivery" label and the thresholds it is judged by. */
export interface SafeDeliveryLabel {
  safeDelivery: boolean;
  since: string | null;
  thresholds: {
    onTimePct: number;
    failedAttemptPct: number;
    exceptionPct: number;
    codRemittanceDays: number;
  };
}

export interface TrustReport {
  kind: TrustKind;
  id: string;
  name?: string | null;
  marketplaceId?: string;
  sellerId?: string | null;
  asOf: string;
  windows: { '30d': TrustWindow; '90d': TrustWindow };
  /** The 30-day score of each of the last 90 days, oldest first. */
  trend: Array<{ day: string; score30d: number | null }>;
  label: SafeDeliveryLabel | null;
}
