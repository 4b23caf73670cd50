import { Module } from '@nestjs/common';
import { RecordOrderFacts } from './api/order-facts.consumer';
import { OrderTimelineQuery } from './application/order-timeline/order-timeline.query';
import { RecordOrderFactUseCase } from './application/record-order-fact/record-order-fact.use-case';

/** The order's status, derived from the facts escrow, delivery-tracking and disputes publish, and its timeline. */
@Module({ providers: [RecordOrderFactUseCase, RecordOrderFacts, OrderTimelineQuery], exports: [OrderTimelineQuery] })
export class OrderStatusModule {}
