import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CorrelationMiddleware } from '../correlation/correlation.middleware';
import { createPinoHttpOptions } from './create-pino-http-options';
import type { LoggingOptions } from './logging-options';

/**
 * Structured logging for a service (global): nestjs-pino with the options of {@link createPinoHttpOptions},
 * plus the middleware that runs every request inside its {@link CorrelationContext}. Route Nest's own logger
 * through it with `useStructuredLogger(app)` (done by `configureHttpEdge`).
 *
 * @example LoggingModule.forRoot({ service: 'orders', level: config.logLevel, pretty: config.logPretty })
 */
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    const pinoOptions = createPinoHttpOptions(options);
    const pinoHttp = options.stream && !options.pretty ? ([pinoOptions, options.stream] as const) : pinoOptions;
    return {
      module: LoggingModule,
      global: true,
      imports: [LoggerModule.forRoot({ pinoHttp: pinoHttp as typeof pinoOptions, forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }] })],
      exports: [LoggerModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
