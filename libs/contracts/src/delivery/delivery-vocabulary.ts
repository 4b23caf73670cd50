/**
 * The platform's one shipment status vocabulary, over GHN, Viettel Post and the generic courier format. The
 * raw courier status always travels beside it.
 *
 * WARNING: wire values (events, intake, webhooks). Never rename or remove one; a new value is a new version.
 */
export const SHIPMENT_STATUSES = [
  'INFO_RECEIVED',
  'PICKED_UP',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERY_FAILED',
  'DELIVERED',
  'RETURNING',
  'RETURNED',
  'EXCEPTION',
  'LOST',
  'CANCELLED',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Statuses an older event never regresses. */
export const TERMINAL_SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['DELIVERED', 'RETURNED', 'LOST', 'CANCELLED'];

/**
 * OUTBOUND: seller to buyer. RETURN: buyer back to seller (return and refund); its delivery never starts an
 * inspection window. WARNING: wire values, never rename.
 */
export const SHIPMENT_DIRECTIONS = ['OUTBOUND', 'RETURN'] as const;
export type ShipmentDirection = (typeof SHIPMENT_DIRECTIONS)[number];

/** Why a checkpoint was flagged for operators. WARNING: wire values, never rename. */
export const SHIPMENT_FLAG_REASONS = ['CONTRADICTS_TERMINAL', 'UNMAPPED_STATUS'] as const;
export type ShipmentFlagReason = (typeof SHIPMENT_FLAG_REASONS)[number];

/** A courier tracking number: 1–64 letters, digits, dashes and underscores. */
export const TRACKING_NUMBER = /^[A-Za-z0-9_-]{1,64}$/;
