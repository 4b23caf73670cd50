import type { OrderStatus } from '@trustcircle/contracts';
import { toVnd, vndToWire } from '@trustcircle/kernel';
import type { RecentOrder } from './overview-snapshot';

/** How many of the newest orders the overview lists. */
export const RECENT_ORDERS_LIMIT = 10;
/** How far ahead of the console's clock an order's placement may be dated and still count as recent. */
export const RECENT_ORDERS_CLOCK_SKEW_MS = 5 * 60_000;

/** An order as the read model's order summary holds it, the columns the overview reads (never the buyer's phone). */
export interface RecentOrderRow {
  orderId: string;
  code: string;
  marketplaceId: string | null;
  status: string | null;
  /** bigint VND as text, as PostgreSQL answers it. */
  totalAmount: string | null;
  paymentMethod: 'PREPAID' | 'COD' | null;
  placedAt: Date;
}

/** A newest order for the overview: whole VND as a JSON number, the time as ISO-8601 UTC. */
export function recentOrder(row: RecentOrderRow): RecentOrder {
  return {
    orderId: row.orderId,
    code: row.code,
    marketplaceId: row.marketplaceId,
    status: row.status as OrderStatus | null,
    totalAmount: row.totalAmount === null ? null : vndToWire(toVnd(row.totalAmount)),
    paymentMethod: row.paymentMethod,
    placedAt: row.placedAt.toISOString(),
  };
}
