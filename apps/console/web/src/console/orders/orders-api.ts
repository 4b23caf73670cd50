import type { HttpClient } from '../../api/http-client';
import type { OrderSearchResult, OrderTimeline } from './order-types';

/** Finds orders by code, order id, external id or buyer phone (every search is audited by the console). */
export function searchOrders(client: HttpClient, q: string): Promise<OrderSearchResult> {
  return client.json<OrderSearchResult>({ method: 'GET', path: `/v1/admin/orders?${new URLSearchParams({ q }).toString()}` });
}

/** An order and its unified timeline. */
export function orderTimeline(client: HttpClient, orderId: string): Promise<OrderTimeline> {
  return client.json<OrderTimeline>({ method: 'GET', path: `/v1/admin/orders/${encodeURIComponent(orderId)}/timeline` });
}

/** What an order is called where it has no code yet (its placement not consumed): the start of its id. */
export function orderName(order: { code: string | null; orderId: string }): string {
  return order.code ?? `Order ${order.orderId.slice(0, 8)}`;
}

/** `code`, `phone` → `code, phone` in words. */
export function matchedByText(matchedBy: readonly string[]): string {
  const words: Record<string, string> = { code: 'code', orderId: 'order id', phone: 'buyer phone', externalId: 'external id' };
  return matchedBy.map((m) => words[m] ?? m).join(', ');
}
