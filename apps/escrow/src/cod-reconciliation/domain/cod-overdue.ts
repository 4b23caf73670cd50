import type { OperatorAlertRaisedV1 } from '@trustcircle/contracts';
import { type Vnd, vndToWire } from '@trustcircle/kernel';

const DAY_MS = 86_400_000;

/** The alert code of COD cash overdue. WARNING: operators' routing rules key on it; never rename. */
export const COD_REMITTANCE_OVERDUE = 'COD_REMITTANCE_OVERDUE';

/**
 * The latest delivery time whose unremitted cash is overdue at `now`: cash is overdue once more than
 * `alertDays` days have passed since delivery (delivered strictly before `now − alertDays`).
 */
export function overdueCutoff(now: Date, alertDays: number): Date {
  if (!Number.isInteger(alertDays) || alertDays < 1) throw new RangeError(`alert days must be a positive integer, got ${alertDays}`);
  return new Date(now.getTime() - alertDays * DAY_MS);
}

/** A parcel whose cash is overdue, as the check finds it. */
export interface OverdueParcel {
  escrowId: string;
  orderId: string;
  orderCode: string;
  courierId: string;
  trackingNumber: string | null;
  deliveredAt: Date;
  expected: Vnd;
  outstanding: Vnd;
}

/** The WARNING operator alert for one overdue parcel (no personal data: ids, amounts, times). */
export function codRemittanceOverdueAlert(p: OverdueParcel, alertDays: number, alertId: string, now: Date): OperatorAlertRaisedV1 {
  return {
    alertId,
    severity: 'WARNING',
    code: COD_REMITTANCE_OVERDUE,
    message:
      `COD cash of order ${p.orderCode} (${p.orderId}, tracking ${p.trackingNumber ?? 'unknown'}) delivered by courier ${p.courierId} ` +
      `at ${p.deliveredAt.toISOString()} is still unremitted after more than ${alertDays} days: ` +
      `${vndToWire(p.outstanding)} of ${vndToWire(p.expected)} VND outstanding. See GET /v1/couriers/${p.courierId}/cod-reconciliation.`,
    service: 'escrow',
    orderId: p.orderId,
    raisedAt: now.toISOString(),
  };
}
