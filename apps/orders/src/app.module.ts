import { type DynamicModule, Module } from '@nestjs/common';
import type { EnvSource } from '@trustcircle/config';
import { PartnerDirectoryModule } from '@trustcircle/security';
import { ServiceKitModule } from '@trustcircle/service-kit';
import { OrdersEnv } from './config/orders.env';
import { ORDERS_ENTITIES } from './database/orders.entities';
import { BuyerAccessModule } from './buyer-access/buyer-access.module';
import { OrderStatusModule } from './order-status/order-status.module';
import { OrdersModule } from './orders/orders.module';
import { ORDERS_MIGRATIONS } from './database/migrations';

/** The orders service: marketplace order intake, order status, buyer access. */
@Module({})
export class AppModule {
  static forRoot(envSource?: EnvSource): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKitModule.forRoot({ service: 'orders', env: OrdersEnv, entities: ORDERS_ENTITIES, migrations: ORDERS_MIGRATIONS, envSource }), PartnerDirectoryModule, OrdersModule, OrderStatusModule, BuyerAccessModule],
    };
  }
}
