/**
 * The order status orders derives from the facts of escrow, delivery-tracking and disputes.
 *
 * WARNING: wire values (events, webhooks, the buyer portal). Never rename or remove one; a new status is a new
 * event version.
 */
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
