import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SERVICES, type ServiceName } from '@trustcircle/contracts';
import { ServiceEnv } from '@trustcircle/config';
import { configureHttpEdge, type OpenApiOptions } from '@trustcircle/http';
import { servicePort } from './service-kit.module';

/** Options of {@link createServiceApp}. */
export interface BootstrapOptions {
  service: ServiceName;
  docs?: Omit<OpenApiOptions, 'version'> & { version?: string };
  /** Runs before the HTTP edge is configured: middleware that must see the raw stream (the dev proxy). */
  beforeEdge?: (app: NestExpressApplication, env: ServiceEnv) => void;
}

/** Creates a service's Nest app with the HTTP edge configured, without listening (tests listen themselves). */
export async function createServiceApp(appModule: unknown, options: BootstrapOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule as never, { bufferLogs: true, rawBody: true });
  const env = app.get(ServiceEnv);
  options.beforeEdge?.(app, env);
  configureHttpEdge(app, {
    service: options.service,
    bodyLimit: env.HTTP_BODY_LIMIT,
    docs: {
      title: options.docs?.title ?? `TrustCircle ${options.service}`,
      description: options.docs?.description ?? SERVICES[options.service].description,
      version: options.docs?.version ?? '1.0.0',
    },
  });
  app.enableShutdownHooks();
  return app;
}

/** Creates the app and listens on the service's port. For main.ts. */
export async function bootstrapService(appModule: unknown, options: BootstrapOptions): Promise<NestExpressApplication> {
  const app = await createServiceApp(appModule, options);
  const env = app.get(ServiceEnv);
  await app.listen(servicePort(options.service, env), env.HTTP_HOST);
  return app;
}
