import { type DynamicModule, Module } from '@nestjs/common';
import type { EnvSource } from '@trustcircle/config';
import { PartnerDirectoryModule } from '@trustcircle/security';
import { ServiceKitModule } from '@trustcircle/service-kit';
import { CouriersModule } from './couriers/couriers.module';
import { DeliveryEnv } from './config/delivery.env';
import { DELIVERY_ENTITIES } from './database/delivery.entities';
import { DELIVERY_MIGRATIONS } from './database/migrations';
import { NativeModule } from './native/native.module';
import { OperationsModule } from './operations/operations.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { TrackingModule } from './tracking/tracking.module';
import { TrustModule } from './trust/trust.module';

/** Delivery tracking: courier events, shipments and timelines, and public courier trust. */
@Module({})
export class AppModule {
  static forRoot(envSource?: EnvSource): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKitModule.forRoot({ service: 'delivery-tracking', env: DeliveryEnv, entities: DELIVERY_ENTITIES, migrations: DELIVERY_MIGRATIONS, envSource }), PartnerDirectoryModule, TrackingModule, CouriersModule, ShipmentsModule, OperationsModule, NativeModule, TrustModule],
    };
  }
}
