import type { Principal } from '@trustcircle/http';
import type { ShipmentViewer } from '../domain/shipment-viewer';

/** The shipment viewer a request's principal is: an operator, or the marketplace or courier whose key it used. */
export function shipmentViewerOf(p: Principal): ShipmentViewer {
  if (p.kind === 'operator') return { kind: 'operator' };
  const partnerId = p.partnerId ?? p.id;
  if (p.kind === 'marketplace' || p.kind === 'courier') return { kind: p.kind, partnerId };
  throw new Error(`no shipment viewer for a ${p.kind}`); // the route's guards never let one through
}
