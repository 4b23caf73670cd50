import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { ClearPayoutAccount } from '../../../payout-accounts/domain/payout-account-details';
import { InstructionRecord } from '../../infrastructure/instruction.orm-entity';
import { InstructionEvents } from './instruction-events';
import { InstructionInFlight } from './instruction-in-flight';
import { InstructionStore } from './instruction-store';
import { PayoutAccountResolver } from './payout-account-resolver';

/**
 * Releases every payout of a seller that waited for a payout account (AWAITING_ACCOUNT → PENDING, pointed at
 * `account`, its settlement posted pending in the ledger, `escrow.payout-instruction-issued` recorded), in the caller's transaction, which holds the seller's
 * lock (`PayoutAccountVault.lockSeller`).
 */
@Injectable()
export class AwaitingPayoutRelease {
  constructor(
    private readonly store: InstructionStore,
    private readonly events: InstructionEvents,
    private readonly inFlight: InstructionInFlight,
    private readonly accounts: PayoutAccountResolver,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Answers how many payouts were released. */
  async release(m: EntityManager, marketplaceId: string, sellerId: string, account: ClearPayoutAccount): Promise<number> {
    const waiting = await m.find(InstructionRecord, {
      where: { marketplaceId, sellerId, status: 'AWAITING_ACCOUNT' },
      order: { issuedAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    for (const instruction of waiting) {
      await this.store.patch(m, instruction, { ...this.accounts.pointAt(instruction.id, sellerId, account), status: 'PENDING', issuedAt: now }, now);
      await this.inFlight.hold(m, instruction);
      await this.events.issued(m, instruction);
    }
    return waiting.length;
  }
}
