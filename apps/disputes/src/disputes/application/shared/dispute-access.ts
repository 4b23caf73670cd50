import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';

/**
 * Who asks about a dispute: the buyer (a buyer token opens one order), a marketplace (API key: its own
 * disputes), or an operator (any dispute). Anyone else's dispute answers as if it did not exist (404).
 */
export type DisputeViewer = { kind: 'buyer'; orderId: string } | { kind: 'marketplace'; marketplaceId: string } | { kind: 'operator'; operatorId: string };

/** Whether `viewer` may see `dispute` (a refusal is a 404, never a 403: another tenant's ids are not confirmed). */
export function canSee(viewer: DisputeViewer, dispute: Pick<DisputeRecord, 'orderId' | 'marketplaceId'>): boolean {
  switch (viewer.kind) {
    case 'buyer':
      return dispute.orderId === viewer.orderId;
    case 'marketplace':
      return dispute.marketplaceId === viewer.marketplaceId;
    case 'operator':
      return true;
  }
}
