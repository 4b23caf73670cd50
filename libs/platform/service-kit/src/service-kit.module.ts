import { type DynamicModule, Module } from '@nestjs/common';
import { SERVICES, type ServiceName } from '@trustcircle/contracts';
import { ClockModule, ConfigModule, type EnvSource, loadConfig, type ServiceEnv } from '@trustcircle/config';
import { DatabaseModule, type ServiceDataSourceSpec } from '@trustcircle/database';
import { DeadlinesModule } from '@trustcircle/deadlines';
import { HttpEdgeModule } from '@trustcircle/http';
import { MessagingModule } from '@trustcircle/messaging';
import { HealthModule, LoggingModule, MetricsModule } from '@trustcircle/observability';
import { REDIS, RedisModule } from '@trustcircle/redis';

/** What a service declares to get the whole platform. */
export interface ServiceKitOptions<E extends ServiceEnv> {
  service: ServiceName;
  /** The service's config schema (extends ServiceEnv). */
  env: new () => E;
  /** The service's TypeORM entities. */
  entities: ServiceDataSourceSpec['entities'];
  /** The service's migrations (applied at start-up in development only). */
  migrations?: ServiceDataSourceSpec['migrations'];
  /** Variables to validate instead of the process environment (in-process tests). */
  envSource?: EnvSource;
}

/**
 * The platform every service stands on, in one import: validated config and the clock, JSON logs with
 * correlation ids, metrics, health, Redis, its own PostgreSQL schema, the outbox/inbox messaging, the deadline
 * scheduler, and the HTTP edge (problem+json, validation, idempotency keys, rate limits).
 */
@Module({})
export class ServiceKitModule {
  static forRoot<E extends ServiceEnv>(options: ServiceKitOptions<E>): DynamicModule {
    const { service } = options;
    const env = loadConfig(options.env, options.envSource, service);
    return {
      module: ServiceKitModule,
      imports: [
        ConfigModule.forRoot(options.env, { service, env: { ...(options.envSource ?? {}) }, preloaded: env }),
        ClockModule,
        LoggingModule.forRoot({ service, level: env.LOG_LEVEL, pretty: env.NODE_ENV === 'development' && env.LOG_PRETTY }),
        MetricsModule.forRoot({ service }),
        HealthModule.forRoot({ checkTimeoutMs: 2000 }),
        RedisModule.forRoot({ url: env.REDIS_URL, keyPrefix: service }),
        DatabaseModule.forRoot({ service, entities: options.entities, migrations: options.migrations ?? [] }),
        MessagingModule.forRoot({ service }),
        DeadlinesModule.forRoot(service, { testHooks: env.TEST_HOOKS_ENABLED }),
        HttpEdgeModule.forRoot({ service, redis: REDIS }),
      ],
    };
  }
}

/** The port a service listens on: HTTP_PORT, else its port in the service map. */
export function servicePort(service: ServiceName, env: ServiceEnv): number {
  return env.HTTP_PORT ?? SERVICES[service].port;
}
