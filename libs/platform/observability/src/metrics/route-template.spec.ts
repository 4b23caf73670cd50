import type { IncomingMessage } from 'node:http';
import { routeTemplateOf, UNMATCHED_ROUTE } from './route-template';

const req = (extra: Record<string, unknown>): IncomingMessage => ({ url: '/v1/orders/123', ...extra }) as unknown as IncomingMessage;

describe(routeTemplateOf.name, () => {
  it('gives the matched route template, with the router base', () => {
    expect(routeTemplateOf(req({ route: { path: '/v1/orders/:id' } }))).toBe('/v1/orders/:id');
    expect(routeTemplateOf(req({ baseUrl: '/api', route: { path: '/orders/:id' } }))).toBe('/api/orders/:id');
  });

  it.each([{}, { route: { path: '/{*path}' } }, { route: { path: '*' } }, { route: { path: /x/ } }])('is unmatched for %p', (extra) => {
    expect(routeTemplateOf(req(extra))).toBe(UNMATCHED_ROUTE);
  });
});
