import { decisionRefusal, kindAppliesIn } from './manual-action-rules';

describe('decisionRefusal (four eyes)', () => {
  it('lets a different operator decide a proposed action', () => {
    expect(decisionRefusal({ status: 'PROPOSED', proposedBy: 'admin-a' }, 'admin-b')).toBeNull();
  });

  it('refuses the proposer', () => {
    expect(decisionRefusal({ status: 'PROPOSED', proposedBy: 'admin-a' }, 'admin-a')).toBe('SAME_OPERATOR');
  });

  it.each(['APPROVED', 'REJECTED'] as const)('refuses any decision on an action already %s', (status) => {
    expect(decisionRefusal({ status, proposedBy: 'admin-a' }, 'admin-b')).toBe('ALREADY_DECIDED');
    expect(decisionRefusal({ status, proposedBy: 'admin-a' }, 'admin-a')).toBe('ALREADY_DECIDED');
  });
});

describe('kindAppliesIn', () => {
  it.each(['FUNDED', 'IN_INSPECTION', 'ON_HOLD'] as const)('allows a force release or refund while %s', (state) => {
    expect(kindAppliesIn('FORCE_RELEASE', state)).toBe(true);
    expect(kindAppliesIn('FORCE_REFUND', state)).toBe(true);
    expect(kindAppliesIn('CLAWBACK', state)).toBe(false);
  });

  it.each(['RELEASED', 'PARTIALLY_REFUNDED', 'PAID_OUT'] as const)('allows a claw-back once %s, and no force move', (state) => {
    expect(kindAppliesIn('CLAWBACK', state)).toBe(true);
    expect(kindAppliesIn('FORCE_RELEASE', state)).toBe(false);
    expect(kindAppliesIn('FORCE_REFUND', state)).toBe(false);
  });

  it.each(['AWAITING_FUNDING', 'UNDERPAID', 'REFUNDED', 'EXPIRED', 'CANCELLED'] as const)('allows only a correcting entry while %s', (state) => {
    expect(kindAppliesIn('CORRECTING_ENTRY', state)).toBe(true);
    for (const kind of ['FORCE_RELEASE', 'FORCE_REFUND', 'CLAWBACK'] as const) expect(kindAppliesIn(kind, state)).toBe(false);
  });
});
