import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import { resolveRoute, type ServiceName } from '@trustcircle/contracts';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

/** Where each service listens. */
export type ServiceTargets = Partial<Record<ServiceName, string>>;

/**
 * The development proxy on the console's origin: `/v1/...` (and the other routed paths) go to the service the
 * route table names, so browsers talk to one origin and never need CORS. Paths the console owns, and paths
 * no route names, fall through to the console itself. The Ingress does the same job in Kubernetes, from the
 * same route table.
 *
 * Mount it before any body parser: it forwards the raw request stream (signed webhooks need the exact bytes).
 */
export function devProxy(self: ServiceName, targets: ServiceTargets): RequestHandler {
  const logger = new Logger('DevProxy');
  const proxy = createProxyMiddleware<Request, Response>({
    changeOrigin: false,
    xfwd: true,
    router: (req: IncomingMessage) => {
      const service = resolveRoute(req.url ?? '/');
      return service ? targets[service] : undefined;
    },
    on: {
      error: (err, _req, res) => {
        logger.warn(`proxy error: ${err.message}`);
        const r = res as Response;
        if (!r.headersSent) {
          r.status(502).type('application/problem+json').json({
            type: 'https://trustcircle.vn/problems/bad-gateway',
            title: 'The service behind this path is not reachable',
            status: 502,
          });
        }
      },
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const service = resolveRoute(req.url);
    if (!service || service === self || !targets[service]) return next();
    return proxy(req, res, next);
  };
}
