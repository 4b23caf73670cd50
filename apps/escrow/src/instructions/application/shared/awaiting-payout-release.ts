import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ClearPayoutAccount } from '../../../payout-accounts/domain/payout-account-details';
import { AwaitingInstructionRelease } from './awaiting-instruction-release';
import { PayoutAccountResolver } from './payout-account-resolver';

/**
 * Releases every payout of a seller that waited for a payout account (AWAITING_ACCOUNT → PENDING, pointed at
 * `account`, its settlement posted pending in the ledger, `escrow.payout-instruction-issued` recorded), in the caller's transaction, which holds the seller's
 * lock (`PayoutAccountVault.lockSeller`).
 */
@Injectable()
export class AwaitingPayoutRelease {
  constructor(
    private readonly awaiting: AwaitingInstructionRelease,
    private readonly accounts: PayoutAccountResolver,
  ) {}

  /** Answers how many payouts were released. */
  release(m: EntityManager, marketplaceId: string, sellerId: string, account: ClearPayoutAccount): Promise<number> {
    return this.awaiting.release(m, { marketplaceId, sellerId }, (id) => this.accounts.pointAt(id, sellerId, account));
  }
}
