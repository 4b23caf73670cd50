import { moneyTables, NO_LOCAL_ACTIONS, operatorName, proposalRights, pruneLocal, type LocalActions } from './money-queue';
import type { EscrowManualAction, ManualActionItem } from './money-types';

const ALICE = '11111111-0000-4000-8000-000000000001';
const BOB = '11111111-0000-4000-8000-000000000002';

function item(id: string, over: Partial<ManualActionItem> = {}): ManualActionItem {
  return {
    actionId: id,
    orderId: `order-${id}`,
    orderCode: `TC-AAAA-000${id}`,
    escrowId: `escrow-${id}`,
    kind: 'FORCE_REFUND',
    amount: 100_000,
    reason: 'why',
    disputeId: null,
    status: 'PROPOSED',
    proposedBy: { operatorId: ALICE, name: 'alice' },
    proposedAt: `2026-11-29T0${id}:00:00.000Z`,
    decidedBy: null,
    decidedAt: null,
    note: null,
    ...over,
  };
}

function escrowAction(id: string, over: Partial<EscrowManualAction> = {}): EscrowManualAction {
  return {
    actionId: id,
    orderId: `order-${id}`,
    escrowId: `escrow-${id}`,
    kind: 'CLAWBACK',
    amount: 50_000,
    reason: 'why',
    postings: null,
    disputeId: null,
    status: 'PROPOSED',
    proposedBy: BOB,
    proposedAt: `2026-11-29T0${id}:30:00.000Z`,
    decidedBy: null,
    decidedAt: null,
    note: null,
    ...over,
  };
}

describe(proposalRights.name, () => {
  it('disables Approve for the proposer (four eyes), with the note', () => {
    expect(proposalRights(item('1'), { id: ALICE, admin: true })).toEqual({ canApprove: false, fourEyesNote: 'Another admin must approve' });
    expect(proposalRights(item('1'), { id: BOB, admin: true })).toEqual({ canApprove: true, fourEyesNote: null });
  });

  it('lets no one but admins approve', () => {
    expect(proposalRights(item('1'), { id: BOB, admin: false }).canApprove).toBe(false);
  });
});

describe(moneyTables.name, () => {
  it('lists the queue oldest first and only decided actions below', () => {
    const t = moneyTables([item('2'), item('1')], [item('3', { status: 'APPROVED', decidedAt: '2026-11-29T10:00:00.000Z' }), item('2')], NO_LOCAL_ACTIONS);
    expect(t.awaiting.map((i) => i.actionId)).toEqual(['1', '2']);
    expect(t.decided.map((i) => i.actionId)).toEqual(['3']);
  });

  it('shows a proposal made here at once, until the console reads it', () => {
    const local: LocalActions = { proposed: [{ action: escrowAction('4'), orderCode: 'TC-BBBB-0004', proposerName: 'bob' }], decided: [] };
    const t = moneyTables([item('1')], [], local);
    expect(t.awaiting.map((i) => [i.actionId, i.orderCode, i.proposedBy.name])).toEqual([
      ['1', 'TC-AAAA-0001', 'alice'],
      ['4', 'TC-BBBB-0004', 'bob'],
    ]);
    expect(moneyTables([item('1'), item('4', { proposedBy: { operatorId: BOB, name: 'bob' } })], [], local).awaiting).toHaveLength(2);
  });

  it('moves an action decided here out of the queue at once, into the decided with the decider', () => {
    const local: LocalActions = {
      proposed: [],
      decided: [{ action: escrowAction('1', { kind: 'FORCE_REFUND', status: 'APPROVED', proposedBy: ALICE, decidedBy: BOB, decidedAt: '2026-11-29T11:00:00.000Z' }), deciderName: 'bob' }],
    };
    const t = moneyTables([item('1'), item('2')], [item('3', { status: 'REJECTED', decidedAt: '2026-11-29T10:00:00.000Z', decidedBy: { operatorId: BOB, name: null } })], local);
    expect(t.awaiting.map((i) => i.actionId)).toEqual(['2']);
    expect(t.decided.map((i) => [i.actionId, i.status, i.orderCode, operatorName(i.proposedBy), operatorName(i.decidedBy)])).toEqual([
      ['1', 'APPROVED', 'TC-AAAA-0001', 'alice', 'bob'],
      ['3', 'REJECTED', 'TC-AAAA-0003', 'alice', 'operator 11111111'],
    ]);
  });
});

describe(pruneLocal.name, () => {
  it('forgets what the console shows by itself, and keeps what it does not show yet', () => {
    const local: LocalActions = {
      proposed: [
        { action: escrowAction('4'), orderCode: null, proposerName: 'bob' },
        { action: escrowAction('5'), orderCode: null, proposerName: 'bob' },
      ],
      decided: [
        { action: escrowAction('1', { status: 'APPROVED' }), deciderName: 'bob' },
        { action: escrowAction('2', { status: 'REJECTED' }), deciderName: 'bob' },
      ],
    };
    const pruned = pruneLocal(local, [item('4'), item('1')], [item('2', { status: 'REJECTED' })]);
    expect(pruned.proposed.map((p) => p.action.actionId)).toEqual(['5']);
    expect(pruned.decided.map((d) => d.action.actionId)).toEqual(['1']);
    expect(pruneLocal(NO_LOCAL_ACTIONS, [], [])).toBe(NO_LOCAL_ACTIONS);
  });
});
