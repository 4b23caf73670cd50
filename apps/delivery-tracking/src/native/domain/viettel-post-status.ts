import type { ShipmentStatus } from '@trustcircle/contracts';
import type { NativeStatus } from './native-status';

/**
 * Viettel Post's numeric `ORDER_STATUS` → the canonical vocabulary, from Viettel Post's webhook documentation as
 * the working integrations read it (501 = delivered, 504 = returned to the sender; one draft spec that reads 400
 * as delivered is not followed):
 *
 * | Code    | Viettel Post's meaning                                   | Canonical        | Why                                                   |
 * |---------|----------------------------------------------------------|------------------|-------------------------------------------------------|
 * | 100     | order received from the partner                          | INFO_RECEIVED    | VTP knows the order, has no parcel.                   |
 * | 101     | Viettel Post cancels (refuses the pickup)                | CANCELLED        | Never carried (final).                                |
 * | 102     | waiting (some accounts: a failed pickup)                 | INFO_RECEIVED    | Still not picked up.                                  |
 * | 103     | assigned to a post office for pickup                     | INFO_RECEIVED    | Still not picked up.                                  |
 * | 104     | postman sent to pick up                                  | INFO_RECEIVED    | Still not picked up.                                  |
 * | 105     | the postman has the parcel                               | PICKED_UP        | First scan.                                           |
 * | 106     | the partner asks for the parcel back                     | EXCEPTION        | Sender intervention mid-way: operators look.          |
 * | 107     | the partner cancelled through the API                    | CANCELLED        | Final.                                                |
 * | 200     | received at the origin post office                       | PICKED_UP        | Pickup done (first scan if 105 never came).           |
 * | 201     | waybill entry cancelled                                  | CANCELLED        | Final.                                                |
 * | 202     | waybill edited                                           | — (ignored)      | Not a movement: see {@link VIETTEL_POST_IGNORED}.     |
 * | 300–303 | closed into a list / bag / mail trip / truck, dispatched | IN_TRANSIT       | Leaving a hub.                                        |
 * | 400–403 | list / bag / mail trip / truck received                  | IN_TRANSIT       | Arriving at a hub.                                    |
 * | 500     | handed to the delivering postman                         | OUT_FOR_DELIVERY |                                                       |
 * | 501     | delivered                                                | DELIVERED        | Final.                                                |
 * | 502     | returning to the origin post office                      | RETURNING        |                                                       |
 * | 503     | destroyed / cancelled at the customer's request          | EXCEPTION        | Final for VTP, but neither delivered nor returned:    |
 * |         |                                                          |                  | operators decide (refund, dispute).                   |
 * | 504     | returned to the sender                                   | RETURNED         | Final.                                                |
 * | 505     | return requested (often: the receiver refused)           | RETURNING        |                                                       |
 * | 506     | receiver absent                                          | DELIVERY_FAILED  | One failed attempt.                                   |
 * | 507     | receiver will collect at the post office                 | DELIVERY_FAILED  | The attempt at the door failed.                       |
 * | 508     | redelivery                                               | OUT_FOR_DELIVERY |                                                       |
 * | 509     | forwarded to another post office                         | IN_TRANSIT       |                                                       |
 * | 510     | delivery assignment cancelled                            | IN_TRANSIT       | Back in the office, not out for delivery any more.    |
 * | 515     | return approved by the destination office                | RETURNING        |                                                       |
 * | 550     | the sender asks for redelivery                           | OUT_FOR_DELIVERY |                                                       |
 *
 * Any other code is EXCEPTION with `unmapped` (flagged `UNMAPPED_STATUS`), its raw code kept.
 */
export const VIETTEL_POST_STATUS_MAP: ReadonlyMap<number, ShipmentStatus> = new Map<number, ShipmentStatus>([
  [100, 'INFO_RECEIVED'],
  [101, 'CANCELLED'],
  [102, 'INFO_RECEIVED'],
  [103, 'INFO_RECEIVED'],
  [104, 'INFO_RECEIVED'],
  [105, 'PICKED_UP'],
  [106, 'EXCEPTION'],
  [107, 'CANCELLED'],
  [200, 'PICKED_UP'],
  [201, 'CANCELLED'],
  [300, 'IN_TRANSIT'],
  [301, 'IN_TRANSIT'],
  [302, 'IN_TRANSIT'],
  [303, 'IN_TRANSIT'],
  [400, 'IN_TRANSIT'],
  [401, 'IN_TRANSIT'],
  [402, 'IN_TRANSIT'],
  [403, 'IN_TRANSIT'],
  [500, 'OUT_FOR_DELIVERY'],
  [501, 'DELIVERED'],
  [502, 'RETURNING'],
  [503, 'EXCEPTION'],
  [504, 'RETURNED'],
  [505, 'RETURNING'],
  [506, 'DELIVERY_FAILED'],
  [507, 'DELIVERY_FAILED'],
  [508, 'OUT_FOR_DELIVERY'],
  [509, 'IN_TRANSIT'],
  [510, 'IN_TRANSIT'],
  [515, 'RETURNING'],
  [550, 'OUT_FOR_DELIVERY'],
]);

/**
 * Codes that are not a movement of the parcel and are not recorded: 202 "waybill edited" (Sửa phiếu gửi) says
 * the paperwork changed, nothing about where the goods are. Recording it (as INFO_RECEIVED, say) would move a
 * parcel already in transit back to "not picked up" in the timeline, so it is acknowledged (200, `ignored`) and
 * dropped on purpose. This is not the "unknown code" case: an unknown code is never dropped.
 */
export const VIETTEL_POST_IGNORED: ReadonlySet<number> = new Set([202]);

/** A Viettel Post code: `ignored` (not a movement), or its canonical status (EXCEPTION `unmapped` if unknown). */
export type ViettelPostStatus = ({ kind: 'status' } & NativeStatus) | { kind: 'ignored'; rawStatus: string };

/** Translates a Viettel Post `ORDER_STATUS`. */
export function mapViettelPostStatus(code: number): ViettelPostStatus {
  const rawStatus = String(code);
  if (VIETTEL_POST_IGNORED.has(code)) return { kind: 'ignored', rawStatus };
  const status = VIETTEL_POST_STATUS_MAP.get(code);
  return status ? { kind: 'status', status, rawStatus, unmapped: false } : { kind: 'status', status: 'EXCEPTION', rawStatus, unmapped: true };
}
