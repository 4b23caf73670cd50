import { Module } from '@nestjs/common';
import { OrderExplorerModule } from '../order-explorer/order-explorer.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { ServiceHealthModule } from '../service-health/service-health.module';
import { OverviewController } from './api/overview.controller';
import { OverviewSnapshotQuery } from './application/overview-snapshot/overview-snapshot.query';
import { OverviewStreamHub } from './application/overview-stream/overview-stream.hub';

/**
 * The console's live view of the platform: the read model built from every service's events, the services'
 * health, the live overview (`/v1/console/overview`, JSON and server-sent events) and the order explorer
 * (`/v1/admin/orders`).
 */
@Module({
  imports: [ReadModelModule, ServiceHealthModule, OrderExplorerModule],
  controllers: [OverviewController],
  providers: [OverviewSnapshotQuery, OverviewStreamHub],
})
export class OverviewModule {}
