import type { NestExpressApplication } from '@nestjs/platform-express';
import { useStructuredLogger } from '@trustcircle/observability';
import { bodyParserErrorTranslator } from './body-parser-errors';
import type { ConfigureHttpEdgeOptions } from './configure-http-edge-options';
import { setupOpenApi } from './openapi';

const DEFAULT_BODY_LIMIT = '1mb';

/**
 * The main.ts part of the HTTP edge (the rest is {@link HttpEdgeModule}). Call it after `NestFactory.create`, before
 * `listen`:
 * - Nest's logger goes through pino when `LoggingModule` is imported;
 * - `trust proxy` off (`req.ip` is the peer address) and no `X-Powered-By`;
 * - JSON and form bodies up to `bodyLimit` (default 1 MB; larger → 413 problem, invalid JSON → 400
 *   `malformed-json` problem); the app's `rawBody` option is honoured;
 * - OpenAPI at `/docs` and `/docs-json` when `docs` is given;
 * - shutdown hooks enabled (Redis, Kafka and the database close cleanly on SIGTERM).
 */
export function configureHttpEdge(app: NestExpressApplication, options: ConfigureHttpEdgeOptions): void {
  useStructuredLogger(app);
  app.set('trust proxy', false);
  app.disable('x-powered-by');
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  app.useBodyParser('json', { limit });
  app.useBodyParser('urlencoded', { limit, extended: true });
  app.use(bodyParserErrorTranslator);
  if (options.docs) setupOpenApi(app, options.service, options.docs);
  app.enableShutdownHooks();
}
