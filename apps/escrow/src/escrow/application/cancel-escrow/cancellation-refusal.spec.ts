import type { EscrowState } from '@trustcircle/contracts';
import { cancellationRefusal } from './cancel-escrow.use-case';

const at = new Date('2026-11-28T10:00:00Z');
const escrow = (state: EscrowState, facts: { firstScannedAt?: Date; deliveredAt?: Date } = {}) => ({ state, firstScannedAt: facts.firstScannedAt ?? null, deliveredAt: facts.deliveredAt ?? null });

describe('cancellationRefusal', () => {
  it.each<EscrowState>(['AWAITING_FUNDING', 'UNDERPAID', 'FUNDED', 'AWAITING_DELIVERY'])('accepts %s before the first scan', (state) => {
    expect(cancellationRefusal(escrow(state))).toBeNull();
  });

  it('refuses once the courier scanned or delivered the parcel (ALREADY_PICKED_UP), whatever the state', () => {
    expect(cancellationRefusal(escrow('FUNDED', { firstScannedAt: at }))).toBe('ALREADY_PICKED_UP');
    expect(cancellationRefusal(escrow('AWAITING_FUNDING', { deliveredAt: at }))).toBe('ALREADY_PICKED_UP');
    expect(cancellationRefusal(escrow('IN_INSPECTION'))).toBe('ALREADY_PICKED_UP');
  });

  it('refuses under a dispute (DISPUTE_OPEN) and once closed (ESCROW_CLOSED)', () => {
    expect(cancellationRefusal(escrow('ON_HOLD'))).toBe('DISPUTE_OPEN');
    for (const s of ['RELEASED', 'PARTIALLY_REFUNDED', 'PAID_OUT', 'REFUNDED', 'EXPIRED', 'CANCELLED'] as EscrowState[]) expect(cancellationRefusal(escrow(s))).toBe('ESCROW_CLOSED');
  });
});
