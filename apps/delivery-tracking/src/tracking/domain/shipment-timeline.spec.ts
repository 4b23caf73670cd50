import type { ShipmentStatus } from '@trustcircle/contracts';
import { applyCheckpoint, EMPTY_TIMELINE, type TimelineState } from './shipment-timeline';

const t = (h: number): Date => new Date(Date.UTC(2026, 10, 28, h));
const cp = (status: ShipmentStatus, hour: number, unmapped = false) => ({ status, occurredAt: t(hour), unmapped });

function play(steps: Array<ReturnType<typeof cp>>, maxAttempts = 3) {
  let state: TimelineState = EMPTY_TIMELINE;
  const log = [];
  for (const s of steps) {
    const r = applyCheckpoint(state, s, maxAttempts);
    state = r.next;
    log.push(r);
  }
  return { state, log };
}

describe('applyCheckpoint', () => {
  it('follows a happy path, announcing the first scan and the delivery once each', () => {
    const { state, log } = play([cp('INFO_RECEIVED', 1), cp('PICKED_UP', 2), cp('IN_TRANSIT', 3), cp('OUT_FOR_DELIVERY', 4), cp('DELIVERED', 5)]);
    expect(state).toMatchObject({ status: 'DELIVERED', firstScannedAt: t(2), deliveredAt: t(5) });
    expect(log.flatMap((r) => r.milestones)).toEqual(['FIRST_SCANNED', 'DELIVERED']);
    expect(log.map((r) => r.previousStatus)).toEqual([null, 'INFO_RECEIVED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY']);
  });

  it('inserts a late checkpoint in place without regressing the current status', () => {
    const { state, log } = play([cp('PICKED_UP', 2), cp('DELIVERED', 5), cp('IN_TRANSIT', 3)]);
    expect(state.status).toBe('DELIVERED');
    expect(log[2]).toMatchObject({ late: true, currentStatus: 'DELIVERED', flagged: false, milestones: [] });
  });

  it('never regresses a terminal status with an older event, and flags a newer contradicting one', () => {
    const older = play([cp('DELIVERED', 5), cp('OUT_FOR_DELIVERY', 4)]);
    expect(older.state.status).toBe('DELIVERED');
    const newer = play([cp('DELIVERED', 5), cp('RETURNING', 7)]);
    expect(newer.state.status).toBe('RETURNING');
    expect(newer.log[1]).toMatchObject({ flagged: true, flagReason: 'CONTRADICTS_TERMINAL', late: false });
  });

  it('counts failed attempts: failed for good at the Nth, not after a delivery, announced once', () => {
    const failed = play([cp('PICKED_UP', 1), cp('DELIVERY_FAILED', 2), cp('DELIVERY_FAILED', 3), cp('DELIVERY_FAILED', 4), cp('DELIVERY_FAILED', 5)]);
    expect(failed.state).toMatchObject({ failedAttempts: 4, failedFinallyAt: t(4) });
    expect(failed.log.flatMap((r) => r.milestones)).toEqual(['FIRST_SCANNED', 'FAILED_FINALLY']);
    const thenDelivered = play([cp('DELIVERY_FAILED', 2), cp('DELIVERY_FAILED', 3), cp('DELIVERED', 4)]);
    expect(thenDelivered.log.flatMap((r) => r.milestones)).toEqual(['FIRST_SCANNED', 'DELIVERED']);
  });

  it('takes the first scan from the earliest scan even when it arrives late, announcing it once', () => {
    const { state, log } = play([cp('IN_TRANSIT', 5), cp('PICKED_UP', 2)]);
    expect(state.firstScannedAt).toEqual(t(2));
    expect(log.flatMap((r) => r.milestones)).toEqual(['FIRST_SCANNED']);
  });

  it('announces returned and lost once, and flags unmapped codes', () => {
    const back = play([cp('DELIVERED', 1), cp('RETURNING', 2), cp('RETURNED', 3), cp('RETURNED', 4)]);
    expect(back.log.flatMap((r) => r.milestones)).toEqual(['FIRST_SCANNED', 'DELIVERED', 'RETURNED']);
    const lost = play([cp('PICKED_UP', 1), cp('LOST', 2)]);
    expect(lost.log.flatMap((r) => r.milestones)).toEqual(['FIRST_SCANNED', 'LOST']);
    const unknown = play([cp('EXCEPTION', 1, true)]);
    expect(unknown.log[0]).toMatchObject({ flagged: true, flagReason: 'UNMAPPED_STATUS', currentStatus: 'EXCEPTION' });
  });
});
