import { hostname } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stdTimeFunctions, type Level } from 'pino';
import type { Options } from 'pino-http';
import { resolveCorrelationIds } from '../correlation/resolve-correlation-id';
import { correlationMixin } from './correlation-mixin';
import type { LoggingOptions } from './logging-options';
import { maskingLogMethod, sanitizeLogObject, sanitizingSerializer } from './pino-sanitizers';

const DEFAULT_QUIET_PATHS = ['/health', '/metrics'];

/**
 * The pino-http options of every service: JSON lines with `service`, ISO time and a string `level`; the
 * correlation id on every line; secrets redacted and phone numbers masked everywhere (merge objects, bindings,
 * serialized request/response/error, messages); one "request completed" line per request (warn for 4xx, error
 * for 5xx).
 */
export function createPinoHttpOptions(options: LoggingOptions): Options {
  const quietPaths = options.quietPaths ?? DEFAULT_QUIET_PATHS;
  return {
    level: options.level,
    base: { service: options.service, pid: process.pid, hostname: hostname() },
    timestamp: stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: sanitizeLogObject,
      bindings: sanitizeLogObject,
    },
    serializers: { req: sanitizingSerializer, res: sanitizingSerializer, err: sanitizingSerializer },
    hooks: { logMethod: maskingLogMethod },
    mixin: correlationMixin,
    genReqId: (req: IncomingMessage, res: ServerResponse) => resolveCorrelationIds(req, res).correlationId,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error): Level =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req: IncomingMessage) => quietPaths.some((path) => (req.url ?? '').startsWith(path)) },
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  };
}
