import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { BuyerOtpRequestedV1 } from './buyer-otp-requested.v1';
import { CancellationRequestedV1 } from './cancellation-requested.v1';
import { OrderPlacedV1 } from './order-placed.v1';
import { OrderStatusChangedV1 } from './order-status-changed.v1';

/** Events owned by the orders service, on `orders.events.v1`, keyed by order id. */
export const ORDER_EVENTS = {
  'orders.order-placed': defineEvent({
    type: 'orders.order-placed',
    version: 1,
    topic: TOPICS.orderEvents.name,
    owner: 'orders',
    consumers: ['escrow', 'notifications', 'delivery-tracking', 'disputes', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: OrderPlacedV1) => p.orderId,
    payload: OrderPlacedV1,
    description: 'A marketplace placed an order into the circle of trust (HTTP or Kafka intake).',
  }),
  'orders.order-status-changed': defineEvent({
    type: 'orders.order-status-changed',
    version: 1,
    topic: TOPICS.orderEvents.name,
    owner: 'orders',
    consumers: ['notifications', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: OrderStatusChangedV1) => p.orderId,
    payload: OrderStatusChangedV1,
    description: "The order's derived status changed, with the previous status and the event that caused it.",
  }),
  'orders.cancellation-requested': defineEvent({
    type: 'orders.cancellation-requested',
    version: 1,
    topic: TOPICS.orderEvents.name,
    owner: 'orders',
    consumers: ['escrow', 'console'],
    keyDescription: 'orderId',
    keyOf: (p: CancellationRequestedV1) => p.orderId,
    payload: CancellationRequestedV1,
    description: 'The marketplace asked to cancel the order; escrow accepts or refuses.',
  }),
  'orders.buyer-otp-requested': defineEvent({
    type: 'orders.buyer-otp-requested',
    version: 1,
    topic: TOPICS.orderEvents.name,
    owner: 'orders',
    consumers: ['notifications'],
    keyDescription: 'orderId',
    keyOf: (p: BuyerOtpRequestedV1) => p.orderId,
    payload: BuyerOtpRequestedV1,
    description: 'A buyer asked for a one-time code to open the order; notifications sends it by SMS (sealed on Kafka).',
  }),
} as const;
