import type { ServiceName } from './services';

/**
 * One entry of the route table: which service owns the public paths under a pattern. The dev proxy, the
 * Kubernetes Ingress and the buyer portal are all generated from {@link ROUTES}.
 */
export interface RouteEntry {
  /**
   * `/`-separated segments; a segment starting with `:` matches any one segment. A pattern matches the path
   * itself and every path below it (`/v1/orders` matches `/v1/orders/123/cancel`).
   */
  pattern: string;
  /** The service that serves it. */
  service: ServiceName;
  /** What lives there. */
  description: string;
}

/**
 * The route table. The most specific matching pattern wins: more segments first, then, from the left, a literal
 * segment over a `:param`. No two entries may match a path with equal specificity (a unit test checks every pair).
 *
 * WARNING: partners and buyers call these paths. Removing or moving one breaks them; add, never rename.
 */
export const ROUTES: readonly RouteEntry[] = [
  // orders
  { pattern: '/v1/orders', service: 'orders', description: 'Marketplace order API: place, read, list, cancel.' },
  { pattern: '/v1/public/otp', service: 'orders', description: 'Buyer: ask for a one-time code by order code and phone.' },
  { pattern: '/v1/public/sessions', service: 'orders', description: 'Buyer: exchange the one-time code for an order token.' },
  { pattern: '/v1/public/orders', service: 'orders', description: "Buyer: the order's status and unified timeline." },
  // escrow
  { pattern: '/v1/escrows', service: 'escrow', description: 'Escrow state, amounts, deadlines; manual money actions (operators).' },
  { pattern: '/v1/public/escrows', service: 'escrow', description: 'Buyer: confirm receipt, give a COD refund destination.' },
  { pattern: '/v1/ledger', service: 'escrow', description: 'Ledger entries, balances and checks (operators).' },
  { pattern: '/v1/sellers', service: 'escrow', description: 'Seller payout accounts (marketplaces).' },
  { pattern: '/v1/partners/:partnerId/payments', service: 'escrow', description: 'Payment partner: signed funding webhooks.' },
  { pattern: '/v1/partners/:partnerId/instructions', service: 'escrow', description: 'Payment partner: pull payout and refund instructions.' },
  { pattern: '/v1/partners/:partnerId/settlements', service: 'escrow', description: 'Payment partner: confirm instructions settled or failed.' },
  { pattern: '/v1/partners/:partnerId/reconciliation', service: 'escrow', description: "Payment partner: escrow's daily totals and lines." },
  { pattern: '/v1/partners/:partnerId/statements', service: 'escrow', description: "Payment partner: post its own daily statement to reconcile." },
  { pattern: '/v1/couriers/:courierId/cod-remittances', service: 'escrow', description: 'Courier: signed COD remittance batches.' },
  { pattern: '/v1/couriers/:courierId/cod-reconciliation', service: 'escrow', description: 'Courier and operators: three-way COD reconciliation.' },
  { pattern: '/v1/documents', service: 'escrow', description: 'Signed electronic documents: JSON, PDF, public verification.' },
  { pattern: '/.well-known/jwks.json', service: 'escrow', description: 'Public keys of the document signing key set.' },
  // delivery-tracking
  { pattern: '/v1/shipments', service: 'delivery-tracking', description: 'Shipments and timelines (`?orderId=` for an order).' },
  { pattern: '/v1/couriers/:courierId/events', service: 'delivery-tracking', description: 'Courier: signed generic tracking events.' },
  { pattern: '/v1/couriers/:courierId/events:batch', service: 'delivery-tracking', description: 'Courier: up to 500 tracking events.' },
  { pattern: '/v1/couriers/:courierId/ghn/:token', service: 'delivery-tracking', description: 'GHN native webhooks (the path token is a secret: never log it).' },
  { pattern: '/v1/couriers/:courierId/viettel-post', service: 'delivery-tracking', description: 'Viettel Post native webhooks (token in the body).' },
  { pattern: '/v1/couriers/:courierId/native-token', service: 'delivery-tracking', description: "Operators: issue a courier's GHN or Viettel Post webhook token." },
  { pattern: '/v1/public/trust/courier', service: 'delivery-tracking', description: 'Public courier trust scores and the safe-delivery label.' },
  // disputes
  { pattern: '/v1/disputes', service: 'disputes', description: 'Disputes for marketplaces and mediators: lists, responses, decisions.' },
  { pattern: '/v1/public/disputes', service: 'disputes', description: 'Buyer: file and follow a complaint, upload evidence.' },
  { pattern: '/v1/reports/complaints', service: 'disputes', description: 'Regulator view of complaints (operators), JSON and CSV.' },
  { pattern: '/v1/public/trust/merchant', service: 'disputes', description: 'Public merchant trust scores.' },
  { pattern: '/v1/public/trust/marketplace', service: 'disputes', description: 'Public marketplace trust scores.' },
  // notifications
  { pattern: '/v1/notifications', service: 'notifications', description: 'Notification log with every attempt.' },
  { pattern: '/v1/webhook-endpoints', service: 'notifications', description: 'Webhook endpoints: register, rotate, deliveries, replay.' },
  { pattern: '/v1/events', service: 'notifications', description: "A marketplace's catch-up event feed." },
  { pattern: '/v1/public/notification-preferences', service: 'notifications', description: 'Buyer: message language and muted channels.' },
  // console
  { pattern: '/v1/admin', service: 'console', description: 'Operator API: partners, dead letters, money desk, read model.' },
  { pattern: '/v1/auth', service: 'console', description: 'Operator sign-in (password and TOTP), sessions.' },
  { pattern: '/v1/console', service: 'console', description: 'Console live overview (SSE) and UI data.' },
];

/** The segments of a pattern or path (empty segments from `//` or a trailing `/` are dropped). */
export function routeSegments(pathOrPattern: string): string[] {
  return pathOrPattern.split('/').filter((s) => s.length > 0);
}

/** True for a `:param` segment. */
function isParam(segment: string): boolean {
  return segment.startsWith(':');
}

/**
 * Orders two patterns by specificity: negative when `a` is more specific. More segments first; then, from the
 * left, a literal segment beats a `:param`. 0 means equally specific.
 */
export function compareRouteSpecificity(a: string, b: string): number {
  const sa = routeSegments(a);
  const sb = routeSegments(b);
  if (sa.length !== sb.length) return sb.length - sa.length;
  for (let i = 0; i < sa.length; i++) {
    const pa = isParam(sa[i]);
    const pb = isParam(sb[i]);
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

/** True when some concrete path is matched by both patterns. */
export function routePatternsOverlap(a: string, b: string): boolean {
  const sa = routeSegments(a);
  const sb = routeSegments(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (!isParam(sa[i]) && !isParam(sb[i]) && sa[i] !== sb[i]) return false;
  }
  return true;
}

/** True when the pattern matches the path's segments (the path itself or below it). */
function matches(pattern: readonly string[], path: readonly string[]): boolean {
  return pattern.length <= path.length && pattern.every((seg, i) => isParam(seg) || seg === path[i]);
}

/** Route entries with their segments, most specific first. */
const BY_SPECIFICITY = [...ROUTES]
  .sort((a, b) => compareRouteSpecificity(a.pattern, b.pattern))
  .map((route) => ({ route, segments: routeSegments(route.pattern) }));

/** Refuses dot segments, also percent-encoded (`%2e%2e`), and malformed escapes: never resolve traversal. */
function safeSegments(path: string): string[] | undefined {
  const segments = routeSegments(path);
  for (const s of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      return undefined;
    }
    if (decoded === '.' || decoded === '..' || decoded.includes('/')) return undefined;
  }
  return segments;
}

/** The route entry serving a path (query string and fragment ignored); undefined when none does. */
export function matchRoute(path: string): RouteEntry | undefined {
  const bare = path.split(/[?#]/, 1)[0];
  if (!bare.startsWith('/')) return undefined;
  const segments = safeSegments(bare);
  if (!segments) return undefined;
  return BY_SPECIFICITY.find((r) => matches(r.segments, segments))?.route;
}

/** The service serving a path (query string and fragment ignored); undefined when none does. */
export function resolveRoute(path: string): ServiceName | undefined {
  return matchRoute(path)?.service;
}
