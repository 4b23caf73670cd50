import { type DynamicModule, Module } from '@nestjs/common';
import { ClockModule, ConfigModule } from '@trustcircle/config';
import { DatabaseModule } from '@trustcircle/database';
import { MessagingModule } from '@trustcircle/messaging';
import { LoggingModule, MetricsModule } from '@trustcircle/observability';
import { PlatformCryptoModule } from '@trustcircle/security';
import { AuditModule } from '../audit/audit.module';
import { AuthCoreModule } from '../auth/auth-core.module';
import { ConsoleEnv } from '../config/console.env';
import { CONSOLE_ENTITIES } from '../database/console.entities';
import { OperatorsModule } from '../operators/operators.module';
import { PartnersModule } from '../partners/partners.module';

/**
 * The console's use cases without HTTP, for the admin CLI: its config, clock, database, outbox (no relay loop and
 * no consumer: the CLI drains the outbox itself before it exits) and audit trail (changes are recorded with the OS
 * user as the actor). Logs go to stderr, so stdout carries only the command's output.
 */
@Module({})
export class AdminCliModule {
  static forRoot(env: ConsoleEnv): DynamicModule {
    return {
      module: AdminCliModule,
      imports: [
        ConfigModule.forRoot(ConsoleEnv, { service: 'console', preloaded: env }),
        ClockModule,
        LoggingModule.forRoot({ service: 'console', level: env.LOG_LEVEL, stream: process.stderr }),
        MetricsModule.forRoot({ service: 'console' }),
        DatabaseModule.forRoot({ service: 'console', entities: CONSOLE_ENTITIES, migrations: [] }),
        MessagingModule.forRoot({ service: 'console', relay: false, consume: false }),
        PlatformCryptoModule,
        AuditModule,
        PartnersModule,
        OperatorsModule,
        AuthCoreModule,
      ],
    };
  }
}
