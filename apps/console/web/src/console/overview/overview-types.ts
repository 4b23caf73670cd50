/**
 * The live overview as `GET /v1/console/overview` answers it and each `snapshot` event of its stream carries
 * (the console's OpenAPI at `/docs` is the reference). Amounts are whole VND; times ISO-8601.
 */

/** The order statuses, in the order an order moves through them (the chart's stacking order). */
export const ORDER_STATUSES = [
  'PLACED',
  'FUNDED',
  'PICKED_UP',
  'DELIVERED',
  'INSPECTION_ENDED',
  'DISPUTED',
  'RESOLVED',
  'RELEASED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
  'EXPIRED',
  'CANCELLED',
  'RETURNED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type StatusCounts = Partial<Record<string, number>>;

export interface MoneyFigures {
  held: number;
  released: number;
  refunded: number;
}

export interface HeldAgeBucket {
  bucket: string;
  fromDays: number;
  toDays: number | null;
  amount: number;
  escrows: number;
}

export interface DisputeDeadlineItem {
  disputeId: string;
  orderId: string;
  orderCode: string | null;
  stage: string;
  deadline: string | null;
  dueAt: string | null;
  overdue: boolean;
  priority: boolean;
}

export interface CourierFigures {
  events: number;
  exceptions: number;
}

export interface NotificationFigures {
  channel: string;
  sent: number;
  failed: number;
  retried: number;
  successRate: number | null;
}

export type ServiceStatus = 'UP' | 'NOT_READY' | 'DOWN' | 'UNKNOWN';

export interface ServiceHealth {
  service: string;
  url: string;
  status: ServiceStatus;
  failing: string[];
  error: string | null;
  since: string;
  checkedAt: string | null;
  consumerLag?: Array<{ topic: string; lag: number }>;
  outboxBacklog?: number;
  outboxOldestSeconds?: number;
  deadLetters?: number;
  stuckPartitions?: number;
}

export interface RecentOrder {
  orderId: string;
  code: string;
  marketplaceId: string | null;
  status: string | null;
  totalAmount: number | null;
  paymentMethod: 'PREPAID' | 'COD' | null;
  placedAt: string;
}

export interface OverviewSnapshot {
  generatedAt: string;
  timeZone: string;
  today: string;
  orders: { windowMinutes: number; perMinute: Array<{ minute: string; counts: StatusCounts }>; lastHour: StatusCounts };
  money: { today: MoneyFigures; days: Array<{ day: string } & MoneyFigures>; held: { amount: number; escrows: number; byAge: HeldAgeBucket[] } };
  disputes: {
    open: number;
    overdue: number;
    dueWithin24h: number;
    dueLater: number;
    withoutDeadline: number;
    mostOverdue: DisputeDeadlineItem[];
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
  /** The newest orders (10 at most), the newest first. Absent from a console older than the web app. */
  recentOrders?: RecentOrder[];
}
