import { type DynamicModule, Module } from '@nestjs/common';
import type { EnvSource } from '@trustcircle/config';
import { PartnerDirectoryModule } from '@trustcircle/security';
import { ServiceKitModule } from '@trustcircle/service-kit';
import { BuyerOtpModule } from './buyer-otp/buyer-otp.module';
import { NotificationsEnv } from './config/notifications.env';
import { NOTIFICATIONS_ENTITIES } from './database/notifications.entities';
import { NOTIFICATIONS_MIGRATIONS } from './database/migrations';
import { PipelineModule } from './pipeline/pipeline.module';
import { PreferencesModule } from './preferences/preferences.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/** The notifications service: SMS, Zalo, email and webhooks from every event. */
@Module({})
export class AppModule {
  static forRoot(envSource?: EnvSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'notifications', env: NotificationsEnv, entities: NOTIFICATIONS_ENTITIES, migrations: NOTIFICATIONS_MIGRATIONS, envSource }),
        PartnerDirectoryModule,
        BuyerOtpModule,
        WebhooksModule,
        PipelineModule,
        PreferencesModule,
      ],
    };
  }
}
