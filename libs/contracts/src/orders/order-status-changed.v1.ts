import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsNullable, IsUtcTimestamp, ORDER_CODE } from '../common/validators';
import { ORDER_STATUSES, type OrderStatus } from './order-status';

/**
 * `orders.order-status-changed` v1: the order's derived status changed. Orders derives it from the facts of
 * escrow, delivery-tracking and disputes, whatever order they arrive in, and emits one event per change.
 */
export class OrderStatusChangedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The order code, e.g. `TC-7KQ4-M2XD`. */
  @Matches(ORDER_CODE)
  code!: string;

  /** The marketplace (partner id) that placed the order: whose webhooks carry this change. */
  @IsUUID()
  marketplaceId!: string;

  /** The new derived status. */
  @IsIn(ORDER_STATUSES)
  status!: OrderStatus;

  /** The status before this change; null for the first (PLACED). */
  @IsNullable() @IsIn(ORDER_STATUSES)
  previousStatus!: OrderStatus | null;

  /** Id (UUID) of the event whose fact caused the change (e.g. the `escrow.escrow-funded` event). */
  @IsUUID()
  causeEventId!: string;

  /** Catalogue type of that event, e.g. `escrow.escrow-funded`. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  causeEventType!: string;

  /** 1 for the first status of the order, then +1 per change: receivers order webhooks by it. */
  @IsInt() @Min(1) @Max(10_000)
  sequence!: number;

  /** When the causing fact happened (ISO-8601 UTC), not when orders learned it. */
  @IsUtcTimestamp()
  changedAt!: string;
}
