/**
 * The order explorer's answers (the console's `AdminOrdersController`; its OpenAPI at `/docs` is the reference).
 * Amounts are whole VND; times ISO-8601 UTC. The buyer's phone is masked by the console.
 */

/** A fact's detail: ids, amounts, enum values and times only. */
export type FactDetail = Record<string, string | number | boolean | null>;

export interface OrderListItem {
  orderId: string;
  /** Null until the console has consumed the order's placement. */
  code: string | null;
  externalId: string | null;
  marketplaceId: string | null;
  /** Masked: `+8490****567`. */
  buyerPhone: string | null;
  status: string | null;
  paymentMethod: 'PREPAID' | 'COD' | null;
  totalAmount: number | null;
  placedAt: string | null;
  updatedAt: string;
}

export interface OrderSearchHit extends OrderListItem {
  matchedBy: Array<'code' | 'orderId' | 'phone' | 'externalId'>;
}

/** `GET /v1/admin/orders?q=`. */
export interface OrderSearchResult {
  items: OrderSearchHit[];
  searchedBy: string[];
}

export interface OrderDetail extends OrderListItem {
  held: { amount: number; since: string | null };
  cod: { courierId: string | null; deliveredAt: string | null; collected: number | null; remitted: number } | null;
}

export interface TimelineFact {
  eventId: string;
  type: string;
  service: string;
  occurredAt: string;
  detail: FactDetail;
}

/** `GET /v1/admin/orders/{orderId}/timeline`. */
export interface OrderTimeline {
  order: OrderDetail | null;
  facts: TimelineFact[];
}
