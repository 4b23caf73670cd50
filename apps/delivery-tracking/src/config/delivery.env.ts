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
}
