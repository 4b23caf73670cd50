import { manualActionItem, type ManualActionRow } from './manual-action-view';

const row: ManualActionRow = {
  action_id: 'a1a1a1a1-2222-4333-8444-555566667777',
  order_id: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10',
  order_code: 'TC-7KQ4-M2XD',
  escrow_id: 'e5c0e5c0-1111-4222-8333-444455556666',
  kind: 'FORCE_REFUND',
  amount: '1235000',
  reason: 'Buyer paid twice',
  dispute_id: null,
  status: 'PROPOSED',
  proposed_by: 'ad000000-1111-4222-8333-444455556666',
  proposed_by_name: 'nguyen.lan',
  proposed_at: new Date('2026-11-29T15:00:00.000Z'),
  decided_by: null,
  decided_by_name: null,
  decided_at: null,
  note: null,
  sort_at: new Date('2026-11-29T15:00:00.000Z'),
};

describe(manualActionItem.name, () => {
  it('answers whole VND as a number and the operators by id and name', () => {
    expect(manualActionItem(row)).toEqual({
      actionId: row.action_id,
      orderId: row.order_id,
      orderCode: 'TC-7KQ4-M2XD',
      escrowId: row.escrow_id,
      kind: 'FORCE_REFUND',
      amount: 1_235_000,
      reason: 'Buyer paid twice',
      disputeId: null,
      status: 'PROPOSED',
      proposedBy: { operatorId: row.proposed_by, name: 'nguyen.lan' },
      proposedAt: '2026-11-29T15:00:00.000Z',
      decidedBy: null,
      decidedAt: null,
      note: null,
    });
  });

  it('keeps what only a decision told (no amount, no reason), and a decider the console does not know by id alone', () => {
    const decidedOnly = manualActionItem({
      ...row,
      amount: null,
      reason: null,
      proposed_at: null,
      status: 'APPROVED',
      decided_by: 'ad111111-1111-4222-8333-444455556666',
      decided_at: new Date('2026-11-29T16:00:00.000Z'),
    });
    expect(decidedOnly).toMatchObject({ amount: null, reason: null, proposedAt: null, status: 'APPROVED', decidedBy: { operatorId: 'ad111111-1111-4222-8333-444455556666', name: null }, decidedAt: '2026-11-29T16:00:00.000Z' });
  });
});
