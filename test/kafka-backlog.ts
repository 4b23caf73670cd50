/** The topics services consume, for cross-service tests that start their groups at the end (`skipConsumerBacklog`). */
import { EVENT_CATALOGUE, type EventType } from '@trustcircle/contracts';
// What notifications, orders and the console consume (a top-level test may see the services).
import { NOTIFIED_EVENTS } from '../apps/notifications/src/pipeline/api/notify-on-events.consumer';
import { ORDER_FACT_EVENT_TYPES } from '../apps/orders/src/order-status/domain/order-fact-of-event';
import { CONSOLE_EVENT_TYPES } from '../apps/console/src/read-model/domain/console-event-types';

export { skipConsumerBacklog as skipBacklog } from '@trustcircle/service-testing';

/** The topics notifications consumes. */
export function notificationTopics(): string[] {
  return topicsOf([...NOTIFIED_EVENTS, 'orders.buyer-otp-requested']);
}

/** The topics orders reads its facts from (escrow, delivery, disputes, notifications). */
export function orderFactTopics(): string[] {
  return topicsOf(ORDER_FACT_EVENT_TYPES);
}

/** The topics the console's read model is built from (every service's events). */
export function consoleTopics(): string[] {
  return topicsOf(CONSOLE_EVENT_TYPES);
}

function topicsOf(types: readonly EventType[]): string[] {
  return [...new Set(types.map((t) => EVENT_CATALOGUE[t].topic as string))];
}
