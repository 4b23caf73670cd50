import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CorrelationContext } from './correlation-context';
import { resolveCorrelationIds } from './resolve-correlation-id';

/** Runs the rest of the request inside a {@link CorrelationContext} holding the request's ids. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    CorrelationContext.run(resolveCorrelationIds(req, res), next);
  }
}
