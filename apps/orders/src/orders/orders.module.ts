import { Module } from '@nestjs/common';
import { PlaceOrderFromIntake } from './api/order-intake.consumer';
import { OrdersController } from './api/orders.controller';
import { GetOrderQuery } from './application/get-order/get-order.query';
import { ListOrdersQuery } from './application/list-orders/list-orders.query';
import { PlaceOrderUseCase } from './application/place-order/place-order.use-case';
import { RequestCancellationUseCase } from './application/request-cancellation/request-cancellation.use-case';

/** Marketplace order intake and the order's status. */
@Module({ controllers: [OrdersController], providers: [PlaceOrderUseCase, GetOrderQuery, ListOrdersQuery, RequestCancellationUseCase, PlaceOrderFromIntake] })
export class OrdersModule {}
