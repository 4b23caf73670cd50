import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { HEALTH_OPTIONS, type HealthOptions } from './health-options';
import { ReadinessRegistry } from './readiness.registry';

/**
 * Liveness and readiness endpoints (global module): `GET /health/live` and `GET /health/ready`. Libraries
 * contribute their {@link ReadinessCheck} through {@link provideReadinessCheck}, or by calling
 * {@link ReadinessRegistry.register} in `onModuleInit`.
 *
 * @example HealthModule.forRoot({ checkTimeoutMs: 2000 })
 */
@Module({})
export class HealthModule {
  static forRoot(options: HealthOptions = {}): DynamicModule {
    return {
      module: HealthModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [{ provide: HEALTH_OPTIONS, useValue: options }, ReadinessRegistry],
      exports: [ReadinessRegistry],
    };
  }
}
