import { refusalSummary, remittanceFingerprint, repeatedTrackingNumbers } from './remittance-batch';

const batch = {
  remittanceId: 'RM-1',
  transferredAt: new Date('2026-11-28T09:30:00Z'),
  bankReference: 'FT-1',
  lines: [
    { trackingNumber: 'A1', amount: 100n },
    { trackingNumber: 'B2', amount: 200n },
  ],
};

describe('remittanceFingerprint', () => {
  it('is the same for the same batch, whatever the instant’s spelling', () => {
    expect(remittanceFingerprint({ ...batch, transferredAt: new Date('2026-11-28T09:30:00.000Z') })).toBe(remittanceFingerprint(batch));
  });

  it('changes with any field, an amount, or the order of the lines', () => {
    const fp = remittanceFingerprint(batch);
    expect(remittanceFingerprint({ ...batch, bankReference: 'FT-2' })).not.toBe(fp);
    expect(remittanceFingerprint({ ...batch, transferredAt: new Date('2026-11-28T09:30:01Z') })).not.toBe(fp);
    expect(remittanceFingerprint({ ...batch, lines: [batch.lines[0], { trackingNumber: 'B2', amount: 201n }] })).not.toBe(fp);
    expect(remittanceFingerprint({ ...batch, lines: [batch.lines[1], batch.lines[0]] })).not.toBe(fp);
  });
});

describe('repeatedTrackingNumbers', () => {
  it('names every later line repeating an earlier tracking number, with the first one', () => {
    expect(repeatedTrackingNumbers([{ trackingNumber: 'A' }, { trackingNumber: 'B' }, { trackingNumber: 'A' }, { trackingNumber: 'A' }])).toEqual([
      { index: 2, firstIndex: 0 },
      { index: 3, firstIndex: 0 },
    ]);
    expect(repeatedTrackingNumbers([{ trackingNumber: 'A' }, { trackingNumber: 'a' }])).toEqual([]);
  });
});

describe('refusalSummary', () => {
  it('counts reasons, most frequent first', () => {
    expect(refusalSummary(['UNKNOWN_PARCEL', 'NOT_DELIVERED', 'NOT_DELIVERED'])).toBe('NOT_DELIVERED ×2, UNKNOWN_PARCEL ×1');
  });
});
