import { CourierDayRecord } from './infrastructure/courier-day.orm-entity';
import { DisputeSummaryRecord } from './infrastructure/dispute-summary.orm-entity';
import { ManualActionSummaryRecord } from './infrastructure/manual-action-summary.orm-entity';
import { MoneyDayRecord } from './infrastructure/money-day.orm-entity';
import { NotificationDayRecord } from './infrastructure/notification-day.orm-entity';
import { OrderFactRecord } from './infrastructure/order-fact.orm-entity';
import { OrderSummaryRecord } from './infrastructure/order-summary.orm-entity';
import { StatusMinuteRecord } from './infrastructure/status-minute.orm-entity';

/** The read model's entities (the console schema's `rm_*` tables). */
export const READ_MODEL_ENTITIES = [OrderSummaryRecord, OrderFactRecord, StatusMinuteRecord, MoneyDayRecord, DisputeSummaryRecord, CourierDayRecord, NotificationDayRecord, ManualActionSummaryRecord];
