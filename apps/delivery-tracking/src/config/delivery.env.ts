import { ServiceEnv, ToInt } from '@trustcircle/config';
import { IsInt, Max, Min } from 'class-validator';

/** The delivery-tracking service's configuration: the platform variables and its own. */
export class DeliveryEnv extends ServiceEnv {
  /** Failed delivery attempts after which a delivery has failed for good (the parcel goes back). Default 3. */
  @ToInt() @IsInt() @Min(1) @Max(20)
  DELIVERY_MAX_FAILED_ATTEMPTS = 3;

  /** Days a courier event for an unknown tracking number is kept, in case the shipment is registered late. Default 7. */
  @ToInt() @IsInt() @Min(1) @Max(60)
  UNKNOWN_TRACKING_PARK_DAYS = 7;

  /** How far in the future (minutes, clock skew) a courier event's time may be before it is refused. Default 10. */
  @ToInt() @IsInt() @Min(0) @Max(1440)
  COURIER_EVENT_FUTURE_TOLERANCE_MINUTES = 10;

  /** Hours without a courier event after which an active shipment is stuck (`GET /v1/shipments?stuck=true`). Default 48. */
  @ToInt() @IsInt() @Min(1) @Max(720)
  STUCK_AFTER_HOURS = 48;

  /** Tracking numbers of one courier batch (`events:batch`) recorded side by side (each item in its own transaction). Default 4. */
  @ToInt() @IsInt() @Min(1) @Max(32)
  COURIER_BATCH_CONCURRENCY = 4;

  /** Hours a courier's previous native webhook token stays valid after a new one is issued (rotation). Default 24. */
  @ToInt() @IsInt() @Min(0) @Max(168)
  NATIVE_TOKEN_ROTATION_GRACE_HOURS = 24;

  /** Deliveries a courier needs in a window before it has a trust score (below: null). Default 20. */
  @ToInt() @IsInt() @Min(1) @Max(10000)
  COURIER_TRUST_MIN_DELIVERED = 20;

  /** Hours after the first scan a parcel is due when the marketplace gave no expected delivery date (on-time part). Default 72. */
  @ToInt() @IsInt() @Min(1) @Max(720)
  COURIER_TRUST_DEFAULT_SLA_HOURS = 72;

  /** Safe-delivery label: on-time deliveries, at least this percentage. Default 95. */
  @ToInt() @IsInt() @Min(0) @Max(100)
  COURIER_SAFE_ON_TIME_PCT = 95;

  /** Safe-delivery label: failed delivery attempts, at most this percentage of attempts. Default 5. */
  @ToInt() @IsInt() @Min(0) @Max(100)
  COURIER_SAFE_FAILED_ATTEMPT_PCT = 5;

  /** Safe-delivery label: shipments with an exception (EXCEPTION, LOST, RETURNED), at most this percentage. Default 1. */
  @ToInt() @IsInt() @Min(0) @Max(100)
  COURIER_SAFE_EXCEPTION_PCT = 1;

  /** Safe-delivery label: median COD remittance age (collected → transferred), at most this many days. Default 2. */
  @ToInt() @IsInt() @Min(1) @Max(60)
  COURIER_SAFE_COD_REMITTANCE_DAYS = 2;
}
