import { type DynamicModule, Module } from '@nestjs/common';
import type { EnvSource } from '@trustcircle/config';
import { OperatorAuthModule, PlatformCryptoModule } from '@trustcircle/security';
import { ServiceKitModule } from '@trustcircle/service-kit';
import { AuthModule } from './auth/auth.module';
import { ConsoleEnv } from './config/console.env';
import { CONSOLE_ENTITIES } from './database/console.entities';
import { DeadLettersModule } from './dead-letters/dead-letters.module';
import { MoneyDeskModule } from './money-desk/money-desk.module';
import { SigningKeyBootstrap } from './operators/application/ensure-signing-key/signing-key.bootstrap';
import { ConsoleOperatorKeys } from './operators/infrastructure/console-operator-keys';
import { OperatorsModule } from './operators/operators.module';
import { OverviewModule } from './overview/overview.module';
import { PartnersModule } from './partners/partners.module';
import { CONSOLE_MIGRATIONS } from './database/migrations';
import { WebAppModule } from './web-app/web-app.module';

/**
 * The console service: the partner registry and operators (`/v1/admin/…`), on the platform service kit. Operator
 * tokens are verified against its own registry. At boot it makes sure a token signing key exists and publishes it.
 */
@Module({})
export class AppModule {
  static forRoot(envSource?: EnvSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'console', env: ConsoleEnv, entities: CONSOLE_ENTITIES, migrations: CONSOLE_MIGRATIONS, envSource }),
        PlatformCryptoModule,
        OperatorAuthModule.forRoot(ConsoleOperatorKeys),
        PartnersModule,
        OperatorsModule,
        AuthModule,
        OverviewModule,
        MoneyDeskModule,
        DeadLettersModule,
        WebAppModule.forRoot(),
      ],
      providers: [SigningKeyBootstrap],
    };
  }
}
