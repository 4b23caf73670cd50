import { ApiProperty } from '@nestjs/swagger';
import { DISPUTE_DEADLINES, NOTIFICATION_CHANNELS, ORDER_STATUSES } from '@trustcircle/contracts';
import { SERVICE_STATUSES } from '../../../service-health/domain/service-health';
import { HELD_AGE_BUCKETS } from '../../domain/held-by-age';

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' }, example: { PLACED: 3, FUNDED: 1 }, description: `By status (${ORDER_STATUSES.join(', ')}); absent: 0.` } as const;

class MinuteDto {
  @ApiProperty({ example: '2026-11-29T21:30:00+07:00', description: 'The minute’s start, Vietnamese local time.' }) minute!: string;
  @ApiProperty(COUNTS) counts!: Record<string, number>;
}

class OrdersDto {
  @ApiProperty({ example: 60 }) windowMinutes!: number;
  @ApiProperty({ type: [MinuteDto], description: 'Orders that entered each status, per minute, oldest first (the current minute last).' }) perMinute!: MinuteDto[];
  @ApiProperty(COUNTS) lastHour!: Record<string, number>;
}

class MoneyFiguresDto {
  @ApiProperty({ example: 12_350_000, description: 'Came into escrow (funded), VND.' }) held!: number;
  @ApiProperty({ example: 8_000_000, description: 'Released to sellers, VND.' }) released!: number;
  @ApiProperty({ example: 335_000, description: 'Refunded to buyers, VND.' }) refunded!: number;
}

class MoneyDayDto extends MoneyFiguresDto {
  @ApiProperty({ example: '2026-11-29', description: 'Vietnamese day.' }) day!: string;
}

class HeldAgeDto {
  @ApiProperty({ enum: HELD_AGE_BUCKETS.map((b) => b.bucket) }) bucket!: string;
  @ApiProperty() fromDays!: number;
  @ApiProperty({ nullable: true, type: Number }) toDays!: number | null;
  @ApiProperty({ description: 'VND.' }) amount!: number;
  @ApiProperty() escrows!: number;
}

class HeldDto {
  @ApiProperty({ description: 'What escrow holds now, VND.' }) amount!: number;
  @ApiProperty() escrows!: number;
  @ApiProperty({ type: [HeldAgeDto] }) byAge!: HeldAgeDto[];
}

class MoneyDto {
  @ApiProperty({ type: MoneyFiguresDto }) today!: MoneyFiguresDto;
  @ApiProperty({ type: [MoneyDayDto], description: 'The last 7 days, oldest first.' }) days!: MoneyDayDto[];
  @ApiProperty({ type: HeldDto }) held!: HeldDto;
}

class DisputeItemDto {
  @ApiProperty() disputeId!: string;
  @ApiProperty() orderId!: string;
  @ApiProperty({ nullable: true, type: String }) orderCode!: string | null;
  @ApiProperty({ example: 'ESCALATED' }) stage!: string;
  @ApiProperty({ nullable: true, enum: DISPUTE_DEADLINES }) deadline!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ description: 'Past its deadline: show in red.' }) overdue!: boolean;
  @ApiProperty({ description: 'A vulnerable consumer’s case.' }) priority!: boolean;
}

class DisputesDto {
  @ApiProperty() open!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() dueWithin24h!: number;
  @ApiProperty() dueLater!: number;
  @ApiProperty() withoutDeadline!: number;
  @ApiProperty({ type: [DisputeItemDto], description: 'Overdue, the longest overdue first (10 at most).' }) mostOverdue!: DisputeItemDto[];
  @ApiProperty({ type: [DisputeItemDto], description: 'The next deadlines, soonest first (10 at most).' }) next!: DisputeItemDto[];
}

class CourierFiguresDto {
  @ApiProperty({ description: 'Checkpoints.' }) events!: number;
  @ApiProperty({ description: 'EXCEPTION, DELIVERY_FAILED and LOST checkpoints.' }) exceptions!: number;
}

class CourierWeekDto extends CourierFiguresDto {
  @ApiProperty({ nullable: true, type: Number, example: 0.0125 }) exceptionRate!: number | null;
}

class CourierDto {
  @ApiProperty() courierId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ type: CourierFiguresDto }) today!: CourierFiguresDto;
  @ApiProperty({ type: CourierWeekDto }) last7Days!: CourierWeekDto;
}

class CodCourierDto {
  @ApiProperty({ nullable: true, type: String }) courierId!: string | null;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ description: 'Collected at the door and not remitted yet, VND.' }) unremittedAmount!: number;
  @ApiProperty() parcels!: number;
  @ApiProperty({ description: 'Delivery of the oldest unremitted parcel.' }) oldestDeliveredAt!: string;
}

class CodDto {
  @ApiProperty({ description: 'Every courier’s unremitted COD, VND.' }) unremittedAmount!: number;
  @ApiProperty({ description: 'Every courier’s unremitted parcels.' }) parcels!: number;
  @ApiProperty({ type: [CodCourierDto], description: 'The oldest unremitted cash first, at most 50 couriers.' }) byCourier!: CodCourierDto[];
}

class NotificationFiguresDto {
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) channel!: string;
  @ApiProperty() sent!: number;
  @ApiProperty({ description: 'Failed for good.' }) failed!: number;
  @ApiProperty({ description: 'Failed and retried.' }) retried!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'sent / (sent + failed).' }) successRate!: number | null;
}

class NotificationsDto {
  @ApiProperty({ type: [NotificationFiguresDto] }) today!: NotificationFiguresDto[];
  @ApiProperty({ type: [NotificationFiguresDto] }) last7Days!: NotificationFiguresDto[];
}

class TopicLagDto {
  @ApiProperty({ example: 'orders.events.v1' }) topic!: string;
  @ApiProperty() lag!: number;
}

class ServiceHealthDto {
  @ApiProperty({ example: 'orders' }) service!: string;
  @ApiProperty({ example: 'http://127.0.0.1:3001' }) url!: string;
  @ApiProperty({ enum: SERVICE_STATUSES, description: 'UP ready; NOT_READY answers but a dependency fails; DOWN does not answer; UNKNOWN not polled yet.' }) status!: string;
  @ApiProperty({ type: [String], example: [] }) failing!: string[];
  @ApiProperty({ nullable: true, type: String, example: null, description: 'unreachable, timed out, HTTP 502…' }) error!: string | null;
  @ApiProperty() since!: string;
  @ApiProperty({ nullable: true, type: String }) checkedAt!: string | null;
  @ApiProperty({ type: [TopicLagDto], required: false }) consumerLag?: TopicLagDto[];
  @ApiProperty({ required: false }) outboxBacklog?: number;
  @ApiProperty({ required: false }) outboxOldestSeconds?: number;
  @ApiProperty({ required: false, description: 'Dead-lettered since the service started.' }) deadLetters?: number;
  @ApiProperty({ required: false }) stuckPartitions?: number;
}

class RecentOrderDto {
  @ApiProperty({ example: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10' }) orderId!: string;
  @ApiProperty({ example: 'TC-7KQ4-M2XD' }) code!: string;
  @ApiProperty({ nullable: true, type: String }) marketplaceId!: string | null;
  @ApiProperty({ nullable: true, enum: ORDER_STATUSES, description: 'Its status now.' }) status!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 1_235_000, description: 'Whole VND.' }) totalAmount!: number | null;
  @ApiProperty({ nullable: true, enum: ['PREPAID', 'COD'] }) paymentMethod!: string | null;
  @ApiProperty({ example: '2026-11-29T14:30:00.000Z' }) placedAt!: string;
}

/** Answer of `GET /v1/console/overview`, and the data of each `snapshot` event of the stream. */
export class OverviewSnapshotDto {
  @ApiProperty() generatedAt!: string;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone!: string;
  @ApiProperty({ example: '2026-11-29' }) today!: string;
  @ApiProperty({ type: OrdersDto }) orders!: OrdersDto;
  @ApiProperty({ type: MoneyDto }) money!: MoneyDto;
  @ApiProperty({ type: DisputesDto }) disputes!: DisputesDto;
  @ApiProperty({ type: [CourierDto], description: 'Last 7 days, the highest exception rate first.' }) couriers!: CourierDto[];
  @ApiProperty({ type: CodDto }) cod!: CodDto;
  @ApiProperty({ type: NotificationsDto }) notifications!: NotificationsDto;
  @ApiProperty({ type: [ServiceHealthDto] }) services!: ServiceHealthDto[];
  @ApiProperty({ type: [RecentOrderDto], description: 'The newest orders, the newest first (10 at most); no buyer details.' }) recentOrders!: RecentOrderDto[];
}
