// Correlation
export { CorrelationContext } from './correlation/correlation-context';
export {
  CAUSATION_ID_HEADER,
  CORRELATION_ID_HEADER,
  REQUEST_ID_HEADER,
  type CorrelationIds,
} from './correlation/correlation-ids';
export { resolveCorrelationIds } from './correlation/resolve-correlation-id';
export { CorrelationMiddleware } from './correlation/correlation.middleware';
export { outgoingTraceHeaders } from './correlation/trace-headers';
// Logging
export { LoggingModule } from './logging/logging.module';
export type { LoggingOptions } from './logging/logging-options';
export { createPinoHttpOptions } from './logging/create-pino-http-options';
export { useStructuredLogger } from './logging/use-structured-logger';
export { maskPhone, maskPhonesDeep } from './logging/phone-mask';
export { sanitizeForLog, isSensitiveEntry, REDACTED } from './logging/log-sanitizer';
// Metrics
export { MetricsModule } from './metrics/metrics.module';
export type { MetricsOptions } from './metrics/metrics-options';
export { Metrics } from './metrics/metrics.service';
export { METRIC_NAMES } from './metrics/metric-names';
export { routeTemplateOf, UNMATCHED_ROUTE } from './metrics/route-template';
// Health
export { HealthModule } from './health/health.module';
export type { HealthOptions } from './health/health-options';
export type { ReadinessCheck } from './health/readiness-check';
export { ReadinessRegistry } from './health/readiness.registry';
export { provideReadinessCheck, type ReadinessCheckSource } from './health/provide-readiness-check';
export { withTimeout, TimeoutError } from './health/with-timeout';
