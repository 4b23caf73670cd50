import { compareRouteSpecificity, matchRoute, resolveRoute, routePatternsOverlap, ROUTES } from './routes';
import { SERVICE_NAMES, type ServiceName } from './services';

const ID = '3f1c2a8e-5b7d-4c1e-9a2f-6d8e0b4c7a11';

/** Concrete paths and the service that must serve them. */
const EXAMPLES: ReadonlyArray<[string, ServiceName]> = [
  ['/v1/orders', 'orders'],
  [`/v1/orders/${ID}`, 'orders'],
  [`/v1/orders/${ID}/cancel`, 'orders'],
  ['/v1/orders?status=FUNDED&limit=50', 'orders'],
  ['/v1/public/otp', 'orders'],
  ['/v1/public/sessions', 'orders'],
  ['/v1/public/orders/TC-7KQ4-M2XD', 'orders'],
  [`/v1/escrows/${ID}`, 'escrow'],
  ['/v1/public/escrows/TC-7KQ4-M2XD/confirm-receipt', 'escrow'],
  ['/v1/ledger/entries?orderId=x', 'escrow'],
  ['/v1/sellers/shop-1024/payout-account', 'escrow'],
  [`/v1/partners/${ID}/payments`, 'escrow'],
  [`/v1/partners/${ID}/instructions?status=PENDING`, 'escrow'],
  [`/v1/partners/${ID}/settlements`, 'escrow'],
  [`/v1/partners/${ID}/reconciliation?date=2025-03-07`, 'escrow'],
  [`/v1/partners/${ID}/statements`, 'escrow'],
  [`/v1/couriers/${ID}/cod-remittances`, 'escrow'],
  [`/v1/couriers/${ID}/cod-reconciliation?date=2025-03-07`, 'escrow'],
  [`/v1/documents/${ID}.pdf`, 'escrow'],
  ['/v1/documents/verify', 'escrow'],
  ['/.well-known/jwks.json', 'escrow'],
  ['/v1/shipments', 'delivery-tracking'],
  [`/v1/shipments?orderId=${ID}`, 'delivery-tracking'],
  ['/v1/shipments/GHN5X8K2P9', 'delivery-tracking'],
  ['/v1/shipments?stuck=true', 'delivery-tracking'],
  [`/v1/couriers/${ID}/events`, 'delivery-tracking'],
  [`/v1/couriers/${ID}/events:batch`, 'delivery-tracking'],
  [`/v1/couriers/${ID}/ghn/tcn_s3cr3t-token`, 'delivery-tracking'],
  [`/v1/couriers/${ID}/native-token`, 'delivery-tracking'],
  [`/v1/couriers/${ID}/viettel-post`, 'delivery-tracking'],
  [`/v1/public/trust/courier/${ID}`, 'delivery-tracking'],
  ['/v1/disputes?status=OPEN', 'disputes'],
  [`/v1/disputes/${ID}/responses`, 'disputes'],
  [`/v1/disputes/${ID}/decision`, 'disputes'],
  ['/v1/public/disputes', 'disputes'],
  [`/v1/public/disputes/${ID}`, 'disputes'],
  ['/v1/reports/complaints?from=2025-01-01&to=2025-03-31', 'disputes'],
  [`/v1/public/trust/merchant/${ID}`, 'disputes'],
  [`/v1/public/trust/marketplace/${ID}`, 'disputes'],
  [`/v1/notifications?orderId=${ID}`, 'notifications'],
  ['/v1/webhook-endpoints', 'notifications'],
  [`/v1/webhook-endpoints/${ID}/replay`, 'notifications'],
  ['/v1/events?after=abc&limit=100', 'notifications'],
  ['/v1/admin/partners', 'console'],
  ['/v1/auth/sessions', 'console'],
  ['/v1/console/overview', 'console'],
];

describe(resolveRoute.name, () => {
  it.each(EXAMPLES)('%s → %s', (path, service) => {
    expect(resolveRoute(path)).toBe(service);
  });

  it('serves shipments of an order under /v1/shipments, not under /v1/orders', () => {
    expect(resolveRoute(`/v1/shipments?orderId=${ID}`)).toBe('delivery-tracking');
    expect(ROUTES.some((r) => r.pattern.startsWith('/v1/orders/') && r.service !== 'orders')).toBe(false);
  });

  it('ignores query strings, fragments, trailing and doubled slashes', () => {
    expect(resolveRoute('/v1/orders/?x=/v1/escrows')).toBe('orders');
    expect(resolveRoute('/v1/escrows#/v1/orders')).toBe('escrow');
    expect(resolveRoute('//v1//disputes//')).toBe('disputes');
  });

  it.each([
    '/',
    '',
    'v1/orders',
    '/v1',
    '/v1/public',
    '/v1/public/trust',
    '/v1/public/trust/seller/1',
    '/v1/partners',
    `/v1/partners/${ID}`,
    `/v1/partners/${ID}/secrets`,
    `/v1/couriers/${ID}`,
    `/v1/couriers/${ID}/events%3Abatch`,
    '/v1/webhooks/ghtk/x',
    '/v2/orders',
    '/V1/orders',
    '/health',
    '/v1/orders/../escrows',
    '/v1/orders/%2e%2e/escrows',
    '/v1/orders/%zz',
    '/v1/orders/a%2Fb',
  ])('resolves %j to nothing', (path) => {
    expect(resolveRoute(path)).toBeUndefined();
  });

  it('prefers the most specific route', () => {
    expect(matchRoute(`/v1/couriers/${ID}/events:batch`)?.pattern).toBe('/v1/couriers/:courierId/events:batch');
    expect(matchRoute('/v1/public/trust/courier/x')?.pattern).toBe('/v1/public/trust/courier');
  });
});

describe('ROUTES', () => {
  it('is well formed', () => {
    for (const r of ROUTES) {
      expect(r.pattern).toMatch(/^(\/(:[a-z][A-Za-z]*|[a-z0-9.:_-]+))+$/);
      expect(r.pattern.split('/').slice(1).every((seg) => seg.length > 0)).toBe(true);
      expect(SERVICE_NAMES).toContain(r.service);
      expect(r.description.length).toBeGreaterThan(10);
    }
    expect(new Set(ROUTES.map((r) => r.pattern)).size).toBe(ROUTES.length);
  });

  it('has no two entries that could match one path with equal specificity', () => {
    const clashes: string[] = [];
    for (let i = 0; i < ROUTES.length; i++) {
      for (let j = i + 1; j < ROUTES.length; j++) {
        const [a, b] = [ROUTES[i].pattern, ROUTES[j].pattern];
        if (routePatternsOverlap(a, b) && compareRouteSpecificity(a, b) === 0) clashes.push(`${a} ~ ${b}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves each pattern, params filled in, to its own entry', () => {
    for (const r of ROUTES) {
      const path = r.pattern.replace(/\/:[A-Za-z]+/g, '/p1');
      expect(matchRoute(path)).toBe(r);
      expect(matchRoute(`${path}/deeper/still`)?.service).toBe(r.service);
    }
  });

  it('routes to every service', () => {
    expect(new Set(ROUTES.map((r) => r.service))).toEqual(new Set(SERVICE_NAMES));
  });
});

describe('route specificity helpers', () => {
  it('orders by length, then literal over param from the left', () => {
    expect(compareRouteSpecificity('/a/b/c', '/a/b')).toBeLessThan(0);
    expect(compareRouteSpecificity('/a/:x', '/a/b')).toBeGreaterThan(0);
    expect(compareRouteSpecificity('/a/:x/c', '/:y/b/c')).toBeLessThan(0);
    expect(compareRouteSpecificity('/a/:x', '/b/:y')).toBe(0);
  });

  it('detects overlap through params and prefixes', () => {
    expect(routePatternsOverlap('/a/:x', '/a/b')).toBe(true);
    expect(routePatternsOverlap('/a', '/a/b/c')).toBe(true);
    expect(routePatternsOverlap('/a/:x', '/b/:y')).toBe(false);
    expect(routePatternsOverlap('/a/:x/c', '/a/:y/c')).toBe(true);
    // The property the route table must never break, shown on a clash it would catch:
    expect(routePatternsOverlap('/a/:x/c', '/a/:y/c') && compareRouteSpecificity('/a/:x/c', '/a/:y/c') === 0).toBe(true);
  });
});
