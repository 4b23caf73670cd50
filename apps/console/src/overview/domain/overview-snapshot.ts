import type { DisputeDeadline, NotificationChannel, OrderStatus } from '@trustcircle/contracts';
import type { ServiceHealth } from '../../service-health/domain/service-health';
import type { HeldAgeBucket } from './held-by-age';

/** Counts of orders by the status they entered. */
export type StatusCounts = Partial<Record<OrderStatus, number>>;

/** Money in whole VND (JSON numbers, exact: amounts stay below 2^53). */
export interface MoneyFigures {
  /** Came into escrow (funded). */
  held: number;
  released: number;
  refunded: number;
}

/** An open dispute with its running deadline. */
export interface DisputeDeadlineItem {
  disputeId: string;
  orderId: string;
  orderCode: string | null;
  stage: string;
  deadline: DisputeDeadline | null;
  dueAt: string | null;
  overdue: boolean;
  /** A vulnerable consumer's case. */
  priority: boolean;
}

/** Checkpoints and exceptions of a courier over a period. */
export interface CourierFigures {
  events: number;
  exceptions: number;
}

/** Notification attempts of a channel over a period. */
export interface NotificationFigures {
  channel: NotificationChannel;
  sent: number;
  /** Failed for good (no retry, failover or fallback left). */
  failed: number;
  /** Failed and retried. */
  retried: number;
  /** sent / (sent + failed); null without either. */
  successRate: number | null;
}

/** One of the newest orders: what an operator needs to spot it and open it (no buyer, no phone). */
export interface RecentOrder {
  orderId: string;
  code: string;
  marketplaceId: string | null;
  /** Its status now. */
  status: OrderStatus | null;
  /** Whole VND. */
  totalAmount: number | null;
  paymentMethod: 'PREPAID' | 'COD' | null;
  placedAt: string;
}

/**
 * The live overview: everything `GET /v1/console/overview` answers and the stream pushes. Days are Vietnamese
 * days (Asia/Ho_Chi_Minh); minutes are given in Vietnamese local time with their offset.
 */
export interface OverviewSnapshot {
  generatedAt: string;
  timeZone: string;
  today: string;
  orders: {
    windowMinutes: number;
    /** Oldest first, the current minute last; minutes without orders have empty counts. */
    perMinute: Array<{ minute: string; counts: StatusCounts }>;
    /** The window's totals. */
    lastHour: StatusCounts;
  };
  money: {
    today: MoneyFigures;
    /** The last 7 days, oldest first. */
    days: Array<{ day: string } & MoneyFigures>;
    /** What escrow holds now, by how long it has held it. */
    held: { amount: number; escrows: number; byAge: HeldAgeBucket[] };
  };
  disputes: {
    open: number;
    overdue: number;
    dueWithin24h: number;
    dueLater: number;
    withoutDeadline: number;
    /** Overdue, the longest overdue first (at most 10). */
    mostOverdue: DisputeDeadlineItem[];
    /** Not overdue yet, the soonest first (at most 10). */
    next: DisputeDeadlineItem[];
  };
  couriers: Array<{ courierId: string; name: string | null; today: CourierFigures; last7Days: CourierFigures & { exceptionRate: number | null } }>;
  cod: {
    unremittedAmount: number;
    parcels: number;
    byCourier: Array<{ courierId: string | null; name: string | null; unremittedAmount: number; parcels: number; oldestDeliveredAt: string }>;
  };
  notifications: { today: NotificationFigures[]; last7Days: NotificationFigures[] };
  services: ServiceHealth[];
  /** The newest orders the console has learned of, the newest first (10 at most). */
  recentOrders: RecentOrder[];
}
