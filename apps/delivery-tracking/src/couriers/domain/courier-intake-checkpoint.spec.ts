import { sampleCourierIntake } from '@trustcircle/contracts';
import { checkpointFromIntake } from './courier-intake-checkpoint';

describe(checkpointFromIntake.name, () => {
  it('keeps the canonical status as the raw one, stores the time in UTC and the COD amount as bigint VND', () => {
    const cp = checkpointFromIntake({ ...sampleCourierIntake(), trackingNumber: 'GHN-1', status: 'DELIVERED', occurredAt: '2025-03-03T16:00:00+07:00', codAmount: 1_235_000 }, 'GENERIC');
    expect(cp).toEqual({
      trackingNumber: 'GHN-1',
      status: 'DELIVERED',
      rawStatus: 'DELIVERED',
      unmapped: false,
      occurredAt: new Date('2025-03-03T09:00:00.000Z'),
      location: 'Hà Nội',
      note: null,
      codAmount: 1_235_000n,
      source: 'GENERIC',
    });
  });

  it('makes absent optional fields null and keeps the intake path as the source', () => {
    const cp = checkpointFromIntake({ trackingNumber: 'VTP_9', status: 'IN_TRANSIT', occurredAt: '2025-03-03T09:00:00.123Z' }, 'KAFKA');
    expect(cp).toMatchObject({ location: null, note: null, codAmount: null, source: 'KAFKA', occurredAt: new Date('2025-03-03T09:00:00.123Z') });
  });

  it('keeps a COD amount of zero (nothing collected) apart from none', () => {
    expect(checkpointFromIntake({ ...sampleCourierIntake(), codAmount: 0 }, 'GENERIC_BATCH').codAmount).toBe(0n);
  });
});
