import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { AdminOrdersController } from './api/admin-orders.controller';
import { OrderTimelineQuery } from './application/order-timeline/order-timeline.query';
import { SearchOrdersUseCase } from './application/search-orders/search-orders.use-case';

/** The order explorer (`/v1/admin/orders`): search by code, id, external id or phone, and the unified timeline. */
@Module({
  imports: [ReadModelModule, AuditModule],
  controllers: [AdminOrdersController],
  providers: [SearchOrdersUseCase, OrderTimelineQuery],
})
export class OrderExplorerModule {}
