import type { ShipmentStatus } from '@trustcircle/contracts';
import type { NativeStatus } from './native-status';

/**
 * GHN (Giao Hàng Nhanh) `Status` → the canonical vocabulary. Every code GHN documents for the order webhook:
 *
 * | GHN `Status`               | Canonical         | Why                                                                        |
 * |----------------------------|-------------------|----------------------------------------------------------------------------|
 * | `ready_to_pick`            | INFO_RECEIVED     | Order created at GHN, waiting for pickup: GHN knows it, has no parcel.     |
 * | `picking`                  | INFO_RECEIVED     | A shipper is on the way to pick up: still not in GHN's hands.              |
 * | `money_collect_picking`    | INFO_RECEIVED     | The shipper collects money from the sender at pickup: not picked up yet.   |
 * | `picked`                   | PICKED_UP         | The shipper has the parcel: the first scan (meets ship-by).                |
 * | `storing`                  | IN_TRANSIT        | In a GHN warehouse between legs.                                           |
 * | `transporting`             | IN_TRANSIT        | Moving between GHN hubs.                                                   |
 * | `sorting`                  | IN_TRANSIT        | Being sorted at a hub.                                                     |
 * | `delivering`               | OUT_FOR_DELIVERY  | A shipper is taking it to the receiver.                                    |
 * | `money_collect_delivering` | OUT_FOR_DELIVERY  | The same, collecting the COD amount from the receiver.                     |
 * | `delivered`                | DELIVERED         | Handed to the receiver (final).                                            |
 * | `delivery_fail`            | DELIVERY_FAILED   | One delivery attempt failed (`Reason` says why); GHN may try again.        |
 * | `waiting_to_return`        | RETURNING         | Delivery given up, held before going back to the sender.                   |
 * | `return`                   | RETURNING         | Going back to the sender.                                                  |
 * | `return_transporting`      | RETURNING         | Moving between hubs on the way back.                                       |
 * | `return_sorting`           | RETURNING         | Sorted at a hub on the way back.                                           |
 * | `returning`                | RETURNING         | A shipper is taking it back to the sender.                                 |
 * | `return_fail`              | EXCEPTION         | The return to the sender failed: nowhere final, operators act.             |
 * | `returned`                 | RETURNED          | Back with the sender (final).                                              |
 * | `cancel`                   | CANCELLED         | The order was cancelled before GHN carried it (final).                     |
 * | `exception`                | EXCEPTION         | GHN reports an irregularity (address, parcel…): operators look.            |
 * | `damage`                   | EXCEPTION         | Damaged goods: not lost, not delivered; operators decide.                  |
 * | `lost`                     | LOST              | GHN declares the parcel lost (final).                                      |
 *
 * Codes are matched as sent, ignoring case and surrounding blanks; any other code is EXCEPTION with `unmapped`.
 */
export const GHN_STATUS_MAP: Readonly<Record<string, ShipmentStatus>> = Object.freeze({
  ready_to_pick: 'INFO_RECEIVED',
  picking: 'INFO_RECEIVED',
  money_collect_picking: 'INFO_RECEIVED',
  picked: 'PICKED_UP',
  storing: 'IN_TRANSIT',
  transporting: 'IN_TRANSIT',
  sorting: 'IN_TRANSIT',
  delivering: 'OUT_FOR_DELIVERY',
  money_collect_delivering: 'OUT_FOR_DELIVERY',
  delivered: 'DELIVERED',
  delivery_fail: 'DELIVERY_FAILED',
  waiting_to_return: 'RETURNING',
  return: 'RETURNING',
  return_transporting: 'RETURNING',
  return_sorting: 'RETURNING',
  returning: 'RETURNING',
  return_fail: 'EXCEPTION',
  returned: 'RETURNED',
  cancel: 'CANCELLED',
  exception: 'EXCEPTION',
  damage: 'EXCEPTION',
  lost: 'LOST',
});

/** A GHN `Status` in the canonical vocabulary; an unknown one is EXCEPTION, `unmapped`, raw code kept. */
export function mapGhnStatus(raw: string): NativeStatus {
  const key = raw.trim().toLowerCase();
  const status = Object.prototype.hasOwnProperty.call(GHN_STATUS_MAP, key) ? GHN_STATUS_MAP[key] : undefined;
  return status ? { status, rawStatus: raw, unmapped: false } : { status: 'EXCEPTION', rawStatus: raw, unmapped: true };
}
