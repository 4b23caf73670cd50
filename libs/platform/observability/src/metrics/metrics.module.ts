import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import type { MetricsOptions } from './metrics-options';
import { Metrics } from './metrics.service';

/**
 * Prometheus metrics for a service (global): the injectable {@link Metrics} registry, `GET /metrics`, and the
 * HTTP latency histogram recorded for every request.
 *
 * @example MetricsModule.forRoot({ service: 'orders' })
 */
@Module({})
export class MetricsModule implements NestModule {
  static forRoot(options: MetricsOptions): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [{ provide: Metrics, useFactory: () => new Metrics(options.service, options.defaultMetrics ?? true) }, HttpMetricsMiddleware],
      exports: [Metrics],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
