/**
 * The platform's services: their names, ports and PostgreSQL schemas.
 *
 * WARNING: schema names are baked into migrations. Never rename one.
 */
export const SERVICES = {
  console: { port: 3000, schema: 'console', description: 'Operator API, partner registry, dev proxy and web UI' },
  orders: { port: 3001, schema: 'orders', description: 'Marketplace order intake, order status, buyer access' },
  escrow: { port: 3002, schema: 'escrow', description: 'Guaranteed payment: ledger, funding, release, refunds' },
  'delivery-tracking': { port: 3003, schema: 'delivery', description: 'Courier events, shipments and timelines' },
  disputes: { port: 3004, schema: 'disputes', description: 'Complaints, merchant responses, mediation' },
  notifications: { port: 3005, schema: 'notifications', description: 'SMS, Zalo, email and webhooks' },
} as const;

/** The name of one of the platform's services. */
export type ServiceName = keyof typeof SERVICES;

export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

/** The PostgreSQL role that owns a service's schema; no other role may read it. */
export function serviceDbRole(service: ServiceName): string {
  return `tc_${SERVICES[service].schema}`;
}
