import { sampleCourierIntake } from '@trustcircle/contracts';
import { checkBatchItem, lanesByTrackingNumber } from './courier-event-batch';

const fieldsOf = (raw: unknown): string[] => {
  const checked = checkBatchItem(raw);
  return checked.ok ? [] : [...new Set(checked.errors.map((e) => e.field))];
};

describe(checkBatchItem.name, () => {
  it('accepts a valid item as the contract class', () => {
    const checked = checkBatchItem(sampleCourierIntake());
    expect(checked).toEqual({ ok: true, event: expect.objectContaining({ trackingNumber: sampleCourierIntake().trackingNumber, status: 'DELIVERED' }) });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing trackingNumber', { trackingNumber: undefined }, 'trackingNumber'],
    ['a trackingNumber with spaces', { trackingNumber: 'GHN 123' }, 'trackingNumber'],
    ['a trackingNumber over 64 characters', { trackingNumber: 'A'.repeat(65) }, 'trackingNumber'],
    ['a status outside the vocabulary', { status: 'delivered' }, 'status'],
    ['a missing status', { status: undefined }, 'status'],
    ['an occurredAt that is not an instant', { occurredAt: 'yesterday' }, 'occurredAt'],
    ['an occurredAt without an offset', { occurredAt: '2025-03-03T16:00:00' }, 'occurredAt'],
    ['a missing occurredAt', { occurredAt: undefined }, 'occurredAt'],
    ['a location over 300 characters', { location: 'x'.repeat(301) }, 'location'],
    ['a note over 500 characters', { note: 'x'.repeat(501) }, 'note'],
    ['a negative codAmount', { codAmount: -1 }, 'codAmount'],
    ['a fractional codAmount', { codAmount: 1.5 }, 'codAmount'],
    ['a codAmount as a string', { codAmount: '1000' }, 'codAmount'],
    ['a codAmount too big', { codAmount: 10_000_000_000_001 }, 'codAmount'],
    ['an unknown field', { weight: 2 }, 'weight'],
  ])('refuses %s, naming the field', (_what, change, field) => {
    const raw: Record<string, unknown> = { ...sampleCourierIntake(), ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete raw[k];
    expect(fieldsOf(raw)).toEqual([field]);
  });

  it('refuses an item that is not an object as a whole', () => {
    expect(checkBatchItem(null)).toEqual({ ok: false, errors: [{ field: '', message: expect.any(String) }] });
    expect(checkBatchItem([sampleCourierIntake()])).toMatchObject({ ok: false });
  });
});

describe(lanesByTrackingNumber.name, () => {
  it('keeps each tracking number’s items in the order sent, lanes in the order of their first item', () => {
    const items = [
      { index: 0, trackingNumber: 'A' },
      { index: 1, trackingNumber: 'B' },
      { index: 3, trackingNumber: 'A' },
      { index: 4, trackingNumber: 'C' },
      { index: 5, trackingNumber: 'B' },
    ];
    expect(lanesByTrackingNumber(items)).toEqual([[0, 3], [1, 5], [4]]);
    expect(lanesByTrackingNumber([])).toEqual([]);
  });
});
