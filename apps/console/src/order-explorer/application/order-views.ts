import { toVnd, vndToWire } from '@trustcircle/kernel';
import type { OrderSummaryRecord } from '../../read-model/infrastructure/order-summary.orm-entity';
import type { OrderMatch } from '../domain/order-search-query';

/** An order as the explorer lists it: the buyer's phone masked, never in clear. */
export interface OrderListItem {
  orderId: string;
  code: string | null;
  externalId: string | null;
  marketplaceId: string | null;
  buyerPhone: string | null;
  status: string | null;
  paymentMethod: string | null;
  totalAmount: number | null;
  placedAt: string | null;
  updatedAt: string;
}

/** One order with what escrow holds for it and its COD cash. */
export interface OrderDetail extends OrderListItem {
  held: { amount: number; since: string | null };
  cod: { courierId: string | null; deliveredAt: string | null; collected: number | null; remitted: number } | null;
}

const wire = (v: bigint | string | null) => (v === null ? null : vndToWire(toVnd(v)));

export function orderListItem(r: OrderSummaryRecord): OrderListItem {
  return {
    orderId: r.orderId,
    code: r.code,
    externalId: r.externalId,
    marketplaceId: r.marketplaceId,
    buyerPhone: r.buyerPhoneMasked,
    status: r.status,
    paymentMethod: r.paymentMethod,
    totalAmount: wire(r.totalAmount),
    placedAt: r.placedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function orderDetail(r: OrderSummaryRecord): OrderDetail {
  const cod = r.paymentMethod === 'COD' || r.codCollected !== null;
  return {
    ...orderListItem(r),
    held: { amount: wire(r.heldAmount) ?? 0, since: r.heldSince?.toISOString() ?? null },
    cod: cod ? { courierId: r.courierId, deliveredAt: r.deliveredAt?.toISOString() ?? null, collected: wire(r.codCollected), remitted: wire(r.codRemitted) ?? 0 } : null,
  };
}

/** A search result: the order and how it matched. */
export interface OrderSearchHit extends OrderListItem {
  matchedBy: OrderMatch[];
}
