import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsInstant, IsVndAmount } from '../common/validators';
import { SHIPMENT_STATUSES, TRACKING_NUMBER, type ShipmentStatus } from './delivery-vocabulary';

/**
 * A courier event in the generic format: the body of `POST /v1/couriers/{courierId}/events` (and each item of
 * `events:batch`), and the value of a message on the courier intake topic (`delivery.courier-intake.v1`).
 * It is a message shape from couriers, not an event of a service, so it has no envelope: the courier's partner
 * id travels in the Kafka header `tc-partner-id` (INTAKE_HEADERS.partnerId) and the message key is the
 * tracking number.
 *
 * On Kafka, each record is signed by the courier with one of its webhook signing secrets (Standard Webhooks headers
 * `webhook-id`, `webhook-timestamp`, `webhook-signature` over the exact value bytes; see INTAKE_HEADERS): Kafka
 * ACLs cannot bind the header to the producer, the signature does. An unsigned or forged record, or one naming
 * another partner, is dead-lettered as CONTRACT_VIOLATION. Records may be consumed late (lag, dead-letter
 * replays), so the timestamp may be up to the topic's retention (7 days) old; a replayed signed record is
 * harmless because intake is idempotent (the same tracking number, status and time is a duplicate, absorbed).
 */
export class CourierIntakeV1 {
  /** The courier's tracking number of a shipment registered with this courier. */
  @Matches(TRACKING_NUMBER)
  trackingNumber!: string;

  /** The status, in the platform's canonical vocabulary. */
  @IsIn(SHIPMENT_STATUSES)
  status!: ShipmentStatus;

  /** When it happened, ISO-8601 with a UTC offset or `Z` (stored in UTC). Far-future times are refused. */
  @IsInstant()
  occurredAt!: string;

  /** Optional location (up to 300 characters). */
  @IsOptional() @IsString() @MaxLength(300)
  location?: string;

  /** Optional note or failure reason (up to 500 characters). */
  @IsOptional() @IsString() @MaxLength(500)
  note?: string;

  /** Optional cash collected on delivery, whole VND. */
  @IsOptional() @IsVndAmount()
  codAmount?: number;
}
