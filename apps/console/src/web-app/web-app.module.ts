import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { WebAppMiddleware } from './web-app.middleware';
import { type WebAppOptions, WebAppSettings } from './web-app-options';

/**
 * The console's web app (the operator console and the buyer portal, `apps/console/web`), served at `/` from its
 * build: hashed assets cached for a year, `index.html` revalidated on every load, every route of the app answered
 * with `index.html`, and `/v1/…`, `/health/…`, `/metrics` and `/docs…` left to the console. Until the app is built
 * (`npm run web:build`; `npm start` and the integration test setup do it) its paths answer 503.
 */
@Module({})
export class WebAppModule implements NestModule {
  static forRoot(options: WebAppOptions = {}): DynamicModule {
    return { module: WebAppModule, providers: [{ provide: WebAppSettings, useValue: WebAppSettings.of(options) }, WebAppMiddleware] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebAppMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
