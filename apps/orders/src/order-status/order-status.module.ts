import { Module } from '@nestjs/common';
import { ORDER_FACT_CONSUMERS } from './api/order-fact-consumers';
import { RecordOrderFactUseCase } from './application/record-order-fact/record-order-fact.use-case';

/** The order's status, derived from the facts escrow, delivery-tracking and disputes publish, and its timeline. */
@Module({ providers: [RecordOrderFactUseCase, ...ORDER_FACT_CONSUMERS] })
export class OrderStatusModule {}
