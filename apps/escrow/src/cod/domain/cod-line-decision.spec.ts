import { type CodLineFacts, decideCodLine } from './cod-line-decision';

const delivered = new Date('2026-11-28T03:00:00.000Z');
const parcel = { expected: 1_000_000n, remitted: 0n, deliveredAt: delivered, refusedAt: null };
const facts = (over: Partial<CodLineFacts> = {}): CodLineFacts => ({ amount: 1_000_000n, parcel, state: 'IN_INSPECTION', prepaidParcel: false, ...over });

describe('decideCodLine', () => {
  it('funds a delivered parcel’s line up to what is still due, in every state that takes cash', () => {
    for (const state of ['FUNDED', 'IN_INSPECTION', 'ON_HOLD', 'RELEASED', 'PAID_OUT', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const) {
      expect([state, decideCodLine(facts({ state }))]).toEqual([state, { outcome: 'FUNDED' }]);
    }
    expect(decideCodLine(facts({ amount: 400_000n, parcel: { ...parcel, remitted: 600_000n } }))).toEqual({ outcome: 'FUNDED' });
  });

  it('refuses an unknown tracking number (also another courier’s parcel), and a PREPAID parcel as NOT_COD', () => {
    expect(decideCodLine(facts({ parcel: null, state: null }))).toEqual({ outcome: 'REFUSED', reason: 'UNKNOWN_PARCEL' });
    expect(decideCodLine(facts({ parcel: null, state: null, prepaidParcel: true }))).toEqual({ outcome: 'REFUSED', reason: 'NOT_COD' });
  });

  it('refuses a cancelled or expired escrow, and a parcel refused at the door, as ESCROW_CLOSED (before asking whether it was delivered)', () => {
    expect(decideCodLine(facts({ state: 'CANCELLED' }))).toEqual({ outcome: 'REFUSED', reason: 'ESCROW_CLOSED' });
    expect(decideCodLine(facts({ state: 'EXPIRED', parcel: { ...parcel, deliveredAt: null } }))).toEqual({ outcome: 'REFUSED', reason: 'ESCROW_CLOSED' });
    expect(decideCodLine(facts({ state: 'AWAITING_DELIVERY', parcel: { ...parcel, deliveredAt: null, refusedAt: delivered } }))).toEqual({ outcome: 'REFUSED', reason: 'ESCROW_CLOSED' });
  });

  it('refuses cash for a parcel not delivered yet', () => {
    expect(decideCodLine(facts({ state: 'AWAITING_DELIVERY', parcel: { ...parcel, deliveredAt: null } }))).toEqual({ outcome: 'REFUSED', reason: 'NOT_DELIVERED' });
    expect(decideCodLine(facts({ state: 'AWAITING_DELIVERY' }))).toEqual({ outcome: 'REFUSED', reason: 'NOT_DELIVERED' });
  });

  it('refuses the whole line when it exceeds what is still due (never split)', () => {
    expect(decideCodLine(facts({ amount: 1_000_001n }))).toEqual({ outcome: 'REFUSED', reason: 'AMOUNT_EXCEEDS_DUE' });
    expect(decideCodLine(facts({ amount: 400_001n, parcel: { ...parcel, remitted: 600_000n } }))).toEqual({ outcome: 'REFUSED', reason: 'AMOUNT_EXCEEDS_DUE' });
    expect(decideCodLine(facts({ amount: 1n, parcel: { ...parcel, remitted: 1_000_000n } }))).toEqual({ outcome: 'REFUSED', reason: 'AMOUNT_EXCEEDS_DUE' });
  });
});
