import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ClearPayoutAccount } from '../../../payout-accounts/domain/payout-account-details';
import { AwaitingInstructionRelease } from './awaiting-instruction-release';
import { CodRefundDestination } from './cod-refund-destination';

/**
 * Releases every refund of a cash-on-delivery escrow that waited for the buyer's destination (AWAITING_ACCOUNT →
 * PENDING, pointed at `destination`, its settlement posted pending in the ledger, `escrow.refund-instruction-issued`
 * recorded), in the caller's transaction, which holds the escrow's lock.
 */
@Injectable()
export class AwaitingRefundRelease {
  constructor(
    private readonly awaiting: AwaitingInstructionRelease,
    private readonly destinations: CodRefundDestination,
  ) {}

  /** Answers how many refunds were released. */
  release(m: EntityManager, escrowId: string, destination: ClearPayoutAccount): Promise<number> {
    return this.awaiting.release(m, { escrowId, kind: 'REFUND' }, (id) => this.destinations.pointAt(id, destination));
  }
}
