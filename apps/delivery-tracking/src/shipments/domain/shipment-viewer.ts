/**
 * Who is looking at shipments: an operator sees every one; a marketplace only those it registered; a courier
 * only those it carries. Anyone else's shipment does not exist for them (404), tracking numbers being unique
 * per courier only.
 */
export type ShipmentViewer = { kind: 'operator' } | { kind: 'marketplace'; partnerId: string } | { kind: 'courier'; partnerId: string };

/** The columns a viewer's scope filters on. */
export interface ShipmentOwners {
  marketplaceId: string;
  courierId: string;
}

/** Whether the viewer may see this shipment. */
export function canSee(viewer: ShipmentViewer, s: ShipmentOwners): boolean {
  switch (viewer.kind) {
    case 'operator':
      return true;
    case 'marketplace':
      return s.marketplaceId === viewer.partnerId;
    case 'courier':
      return s.courierId === viewer.partnerId;
  }
}

/** The viewer's scope as a SQL condition on alias `alias` (none for operators), with its parameters. */
export function scopeCondition(viewer: ShipmentViewer, alias: string): { sql: string; params: Record<string, string> } | null {
  switch (viewer.kind) {
    case 'operator':
      return null;
    case 'marketplace':
      return { sql: `${alias}.marketplaceId = :viewerId`, params: { viewerId: viewer.partnerId } };
    case 'courier':
      return { sql: `${alias}.courierId = :viewerId`, params: { viewerId: viewer.partnerId } };
  }
}
