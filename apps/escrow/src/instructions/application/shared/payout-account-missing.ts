import { Injectable } from '@nestjs/common';
import { type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { InstructionStore } from './instruction-store';

/** Tells the marketplace, once per escrow, that a payout waits for its seller's payout account. */
@Injectable()
export class PayoutAccountMissing {
  constructor(
    private readonly store: InstructionStore,
    private readonly outbox: OutboxWriter,
  ) {}

  async tell(m: EntityManager, escrow: EscrowRecord, amount: Vnd, issueKey: string, now: Date): Promise<void> {
    if (await this.store.otherAwaitingAccount(m, escrow.id, 'PAYOUT', issueKey)) return;
    await this.outbox.record(m, 'escrow.payout-account-missing', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      marketplaceId: escrow.marketplaceId,
      sellerId: escrow.sellerId,
      amount: vndToWire(amount),
      detectedAt: now.toISOString(),
    });
  }
}
