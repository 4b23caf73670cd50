import { CourierIntakeV1 } from './delivery/courier-intake.v1';
import { OrderIntakeV1 } from './orders/order-intake.v1';
import { TOPICS } from './topics';

/**
 * Kafka headers partners set on intake messages (which carry no envelope).
 *
 * Every intake record is signed by its partner with the Standard Webhooks scheme, with one of the partner's
 * webhook signing secrets (the same `whsec_…` secrets its signed HTTP webhooks use; during a rotation either
 * current one): `webhook-signature` = `v1,` + base64(HMAC-SHA256(key, `${webhook-id}.${webhook-timestamp}.${value}`)),
 * key = the base64-decoded secret after `whsec_`, value = the record's exact bytes. Kafka ACLs only say which
 * principal may write a topic; they cannot bind a header to the principal, and a consumer never learns who
 * produced a record. So the signature, checked against the secrets of the partner the record names, is what
 * proves the sender. A record that is unsigned, signed with another (or an expired) secret, or that names another
 * partner is dead-lettered (CONTRACT_VIOLATION), and so is one whose timestamp is more than 5 minutes in the
 * future or older than the topic's retention (7 days).
 *
 * WARNING: partners' producers send these names. Never rename one.
 */
export const INTAKE_HEADERS = {
  /** The producing partner's id (UUID): the marketplace on `orders.intake.v1`, the courier on `delivery.courier-intake.v1`. */
  partnerId: 'tc-partner-id',
  /**
   * The record's unique id, chosen by the partner (printable ASCII, at most 256 characters; e.g. `msg_` + a UUID).
   * Signed; a re-send of the same record may keep it.
   */
  webhookId: 'webhook-id',
  /** When the partner signed the record, unix seconds (digits only). Signed. */
  webhookTimestamp: 'webhook-timestamp',
  /**
   * `v1,<base64 HMAC-SHA256>` over `${webhook-id}.${webhook-timestamp}.${value}`; several space-separated
   * signatures are allowed (e.g. one per secret during a rotation): one valid one is enough.
   */
  webhookSignature: 'webhook-signature',
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
