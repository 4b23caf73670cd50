import { CourierIntakeV1 } from './delivery/courier-intake.v1';
import { OrderIntakeV1 } from './orders/order-intake.v1';
import { TOPICS } from './topics';

/**
 * Kafka headers partners set on intake messages (which carry no envelope).
 *
 * WARNING: partners' producers send these names. Never rename one.
 */
export const INTAKE_HEADERS = {
  /**
   * The producing partner's id (UUID): the marketplace on `orders.intake.v1`, the courier on
   * `delivery.courier-intake.v1`. Trusted as is on the local stack only (dev); in production Kafka ACLs bind
   * each partner's principal to its own id.
   */
  partnerId: 'tc-partner-id',
} as const;

/** The message class of each intake topic. */
export const INTAKE_MESSAGES = {
  [TOPICS.orderIntake.name]: OrderIntakeV1,
  [TOPICS.courierIntake.name]: CourierIntakeV1,
} as const;

/** An intake topic's name. */
export type IntakeTopicName = keyof typeof INTAKE_MESSAGES;

/** The message type of an intake topic. */
export type IntakeMessageOf<Tp extends IntakeTopicName> = InstanceType<(typeof INTAKE_MESSAGES)[Tp]>;

/** The Kafka key of an order intake message: `<marketplace id>:<externalId>`. */
export function orderIntakeKey(marketplaceId: string, externalId: string): string {
  return `${marketplaceId}:${externalId}`;
}

/** The Kafka key of a courier intake message: the tracking number. */
export function courierIntakeKey(message: Pick<CourierIntakeV1, 'trackingNumber'>): string {
  return message.trackingNumber;
}
