import { Module } from '@nestjs/common';
import { OrdersController } from './api/orders.controller';
import { PlaceOrderUseCase } from './application/place-order/place-order.use-case';

/** Marketplace order intake and the order's status. */
@Module({ controllers: [OrdersController], providers: [PlaceOrderUseCase] })
export class OrdersModule {}
