import type { IncomingMessage } from 'node:http';

/** Label of requests that matched no route (unknown paths, or rejected before routing). */
export const UNMATCHED_ROUTE = 'unmatched';

/** Whole-path wildcards: the routes middleware is mounted on (`*`, `/{*path}`), never a controller's own route. */
const CATCH_ALL = /^\/?(?:\(\.\*\)|\*|\{\*\w+\})$/;

interface RoutedRequest extends IncomingMessage {
  baseUrl?: string;
  route?: { path?: unknown };
}

/**
 * The route template that served a request, e.g. `/v1/orders/:id`, from Express's matched route; never the raw
 * URL, so it is safe as a metric label and as part of a key. {@link UNMATCHED_ROUTE} when no route matched (the
 * request only went through middleware mounted on every path).
 */
export function routeTemplateOf(req: IncomingMessage): string {
  const { baseUrl, route } = req as RoutedRequest;
  if (typeof route?.path !== 'string' || CATCH_ALL.test(route.path)) return UNMATCHED_ROUTE;
  return `${baseUrl ?? ''}${route.path}`;
}
