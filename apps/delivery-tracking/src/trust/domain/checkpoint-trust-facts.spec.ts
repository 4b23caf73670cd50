import { type AcceptedCheckpoint, checkpointTrustFacts, MAX_LATENCY_MINUTES } from './checkpoint-trust-facts';

const at = (iso: string) => new Date(iso);
const base: AcceptedCheckpoint = {
  status: 'IN_TRANSIT',
  occurredAt: at('2026-11-28T03:00:00Z'), // 10:00 in Vietnam, 28 Nov
  receivedAt: at('2026-11-28T03:30:00Z'),
  direction: 'OUTBOUND',
  previousStatus: 'PICKED_UP',
  delivered: false,
  expectedDeliveryAt: null,
  firstScannedAt: at('2026-11-27T03:00:00Z'),
};

describe('checkpointTrustFacts', () => {
  it('counts the shipment at its first accepted checkpoint, and the latency on the day it was received', () => {
    const f = checkpointTrustFacts(
      {
        ...base,
        status: 'PICKED_UP',
        previousStatus: null,
        receivedAt: at('2026-11-28T17:10:00Z'),
      },
      72,
    );
    expect(f).toEqual({
      day: '2026-11-28',
      counts: { shipments: 1 },
      exceptionCandidate: false,
      latency: { day: '2026-11-29', minutes: 850 },
    });
  });

  it('counts a delivery as an attempt, on time through the expected Vietnam day', () => {
    const onTime = {
      ...base,
      status: 'DELIVERED' as const,
      delivered: true,
      expectedDeliveryAt: at('2026-11-27T17:30:00Z'),
    }; // 28 Nov 00:30 in Vietnam
    expect(checkpointTrustFacts(onTime, 72).counts).toEqual({
      attempts: 1,
      delivered: 1,
      deliveredOnTime: 1,
    });
    const late = { ...onTime, expectedDeliveryAt: at('2026-11-27T16:30:00Z') }; // 27 Nov 23:30 in Vietnam
    expect(checkpointTrustFacts(late, 72).counts).toEqual({
      attempts: 1,
      delivered: 1,
      deliveredOnTime: 0,
    });
  });

  it('without an expected date, the parcel is due the first scan + the default SLA', () => {
    const delivered = {
      ...base,
      status: 'DELIVERED' as const,
      delivered: true,
    };
    expect(checkpointTrustFacts(delivered, 24).counts.deliveredOnTime).toBe(1); // scanned 27 Nov 10:00, due 28 Nov
    expect(checkpointTrustFacts(delivered, 12).counts.deliveredOnTime).toBe(0); // due 27 Nov 22:00
  });

  it('counts a failed attempt; a DELIVERED that is not the first delivery counts nothing', () => {
    expect(checkpointTrustFacts({ ...base, status: 'DELIVERY_FAILED' }, 72).counts).toEqual({ attempts: 1, failedAttempts: 1 });
    expect(checkpointTrustFacts({ ...base, status: 'DELIVERED', delivered: false }, 72).counts).toEqual({});
  });

  it('marks EXCEPTION, LOST and RETURNED as exception candidates', () => {
    expect(
      ['EXCEPTION', 'LOST', 'RETURNED', 'RETURNING', 'DELIVERY_FAILED'].map(
        (status) => checkpointTrustFacts({ ...base, status: status as AcceptedCheckpoint['status'] }, 72).exceptionCandidate,
      ),
    ).toEqual([true, true, true, false, false]);
  });

  it('does not count a RETURN parcel reported RETURNED as an exception', () => {
    expect(checkpointTrustFacts({ ...base, status: 'RETURNED', direction: 'RETURN' }, 72).exceptionCandidate).toBe(false);
  });

  it('clamps latency to 0 (an event slightly ahead) and to 7 days', () => {
    expect(checkpointTrustFacts({ ...base, receivedAt: at('2026-11-28T02:55:00Z') }, 72).latency.minutes).toBe(0);
    expect(checkpointTrustFacts({ ...base, receivedAt: at('2026-12-28T03:00:00Z') }, 72).latency.minutes).toBe(MAX_LATENCY_MINUTES);
  });
});
