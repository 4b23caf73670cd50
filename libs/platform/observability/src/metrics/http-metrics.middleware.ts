import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Histogram } from 'prom-client';
import { METRIC_NAMES } from './metric-names';
import { Metrics } from './metrics.service';
import { routeTemplateOf } from './route-template';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Observes every request's duration into `http_server_duration_seconds{method,route,status}` when the response
 * is finished (or the connection closed). `route` is the route template (see {@link routeTemplateOf}), so labels
 * never carry ids; unusual methods are folded into `OTHER`.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(metrics: Metrics) {
    this.duration = metrics.histogram({
      name: METRIC_NAMES.httpServerDuration,
      help: 'HTTP server request duration in seconds, by method, route template and status code.',
      labelNames: ['method', 'route', 'status'],
      buckets: BUCKETS,
    });
  }

  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    let observed = false;
    const observe = (): void => {
      if (observed) return;
      observed = true;
      const method = (req.method ?? 'OTHER').toUpperCase();
      this.duration.observe(
        { method: KNOWN_METHODS.has(method) ? method : 'OTHER', route: routeTemplateOf(req), status: String(res.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    };
    res.once('finish', observe);
    res.once('close', observe);
    next();
  }
}
