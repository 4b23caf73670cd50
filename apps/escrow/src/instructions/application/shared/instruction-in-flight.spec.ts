import type { EntityManager } from 'typeorm';
import type { LedgerService } from '../../../ledger/application/ledger.service';
import type { SettlingInstruction } from '../../domain/instruction-settlement';
import { InstructionInFlight } from './instruction-in-flight';

const payout: SettlingInstruction = { id: 'i-1', kind: 'PAYOUT', partnerId: 'p1', amount: 500n, orderId: null, escrowId: 'e-1', sellerId: 's-1', paymentId: null };
const m = {} as EntityManager;

function ledgerWith(status: 'PENDING' | 'POSTED' | null) {
  const ledger = { statusOf: jest.fn().mockResolvedValue(status), post: jest.fn(), postPending: jest.fn(), resolvePending: jest.fn() };
  return { ledger, inFlight: new InstructionInFlight(ledger as unknown as LedgerService) };
}

describe('InstructionInFlight', () => {
  it('holds an issued instruction as a pending transaction keyed by the instruction', async () => {
    const { ledger, inFlight } = ledgerWith(null);
    await inFlight.hold(m, payout);
    expect(ledger.postPending).toHaveBeenCalledWith(m, expect.objectContaining({ idempotencyKey: 'i-1:SETTLE_PAYOUT', purpose: 'SETTLE_PAYOUT' }));
  });

  it('settles by posting the pending transaction for good', async () => {
    const { ledger, inFlight } = ledgerWith('PENDING');
    await inFlight.settle(m, payout);
    expect(ledger.resolvePending).toHaveBeenCalledWith(m, 'i-1:SETTLE_PAYOUT', 'POST');
    expect(ledger.post).not.toHaveBeenCalled();
  });

  it('settles an instruction that never had a pending transaction by posting directly (as before)', async () => {
    const { ledger, inFlight } = ledgerWith(null);
    await inFlight.settle(m, payout);
    expect(ledger.post).toHaveBeenCalledWith(m, expect.objectContaining({ idempotencyKey: 'i-1:SETTLE_PAYOUT' }));
    expect(ledger.resolvePending).not.toHaveBeenCalled();
  });
});
