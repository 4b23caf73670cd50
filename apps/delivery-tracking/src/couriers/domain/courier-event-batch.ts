import { type CourierIntakeV1, type FieldError, TOPICS, validateIntakeMessage } from '@trustcircle/contracts';

/** The most events one `events:batch` request may carry. */
export const MAX_COURIER_BATCH_EVENTS = 500;

/** One batch item checked on its own: the event, or why it is invalid (each field and rule). */
export type CheckedBatchItem = { ok: true; event: CourierIntakeV1 } | { ok: false; errors: FieldError[] };

/**
 * Validates one item of a batch exactly as the single endpoint and the Kafka intake validate their body
 * (`CourierIntakeV1`: unknown fields refused, no implicit conversion), so one bad item never sinks the others.
 * A value that is not an object is invalid as a whole (field `''`).
 */
export function checkBatchItem(raw: unknown): CheckedBatchItem {
  const checked = validateIntakeMessage(TOPICS.courierIntake.name, raw);
  return checked.ok ? { ok: true, event: checked.payload } : { ok: false, errors: checked.errors };
}

/**
 * The order to apply a batch's valid items in (pure): one lane per tracking number, each lane holding its
 * items' indexes in the order they came, lanes in the order of their first item. Lanes may run side by side;
 * within a lane items run one after the other, so one parcel's events keep the courier's order.
 */
export function lanesByTrackingNumber(items: ReadonlyArray<{ index: number; trackingNumber: string }>): number[][] {
  const lanes = new Map<string, number[]>();
  for (const { index, trackingNumber } of items) {
    const lane = lanes.get(trackingNumber);
    if (lane) lane.push(index);
    else lanes.set(trackingNumber, [index]);
  }
  return [...lanes.values()];
}
