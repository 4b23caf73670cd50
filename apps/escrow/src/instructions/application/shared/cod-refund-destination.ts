import { Injectable } from '@nestjs/common';
import { type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { PayoutAccountVault } from '../../../payout-accounts/application/payout-account-vault';
import { type ClearPayoutAccount, maskAccountNumber } from '../../../payout-accounts/domain/payout-account-details';
import { RefundDestinationVault } from '../../../refund-destinations/application/refund-destination-vault';
import { buyerBeneficiary } from '../../../refund-destinations/domain/buyer-beneficiary';
import { InstructionStore } from './instruction-store';
import { type InstructionTarget, instructionTarget } from './instruction-target';

/**
 * Where an escrow's refunds go: back against the original payment (PREPAID), or, for cash on delivery, to the
 * bank account or e-wallet the buyer gave (`destination` null while they have given none).
 */
export type RefundRoute = { kind: 'ORIGINAL_PAYMENT' } | { kind: 'BUYER_DESTINATION'; destination: ClearPayoutAccount | null };

/**
 * The buyer side of a cash-on-delivery refund: the destination the buyer gave (read under the escrow's lock, which
 * every refund and the buyer's registration take, so they cannot miss each other), pointing an instruction at it,
 * and telling the buyer, once per escrow, that a refund waits for one (`escrow.refund-destination-required`).
 */
@Injectable()
export class CodRefundDestination {
  constructor(
    private readonly destinations: RefundDestinationVault,
    private readonly vault: PayoutAccountVault,
    private readonly store: InstructionStore,
    private readonly outbox: OutboxWriter,
  ) {}

  /** How the escrow's refunds go (`escrow` null: a parked payment never matched, refunded against itself). */
  async routeFor(m: EntityManager, escrow: Pick<EscrowRecord, 'id' | 'paymentMethod'> | null): Promise<RefundRoute> {
    if (escrow?.paymentMethod !== 'COD') return { kind: 'ORIGINAL_PAYMENT' };
    return { kind: 'BUYER_DESTINATION', destination: await this.destinations.find(m, escrow.id) };
  }

  /** The columns that point refund instruction `instructionId` at the buyer's destination: masked beneficiary and sealed details. */
  pointAt(instructionId: string, destination: ClearPayoutAccount): InstructionTarget {
    const beneficiary = buyerBeneficiary({ method: destination.method, institutionCode: destination.institutionCode, accountNumberMasked: maskAccountNumber(destination.accountNumber) });
    return instructionTarget(this.vault, instructionId, beneficiary, destination);
  }

  /** Records `escrow.refund-destination-required` for `amount` unless another refund of the escrow already waits for a destination. */
  async tellRequired(m: EntityManager, escrow: EscrowRecord, amount: Vnd, issueKey: string, now: Date): Promise<void> {
    if (await this.store.otherAwaitingAccount(m, escrow.id, 'REFUND', issueKey)) return;
    await this.outbox.record(m, 'escrow.refund-destination-required', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      amount: vndToWire(amount),
      requestedAt: now.toISOString(),
    });
  }
}
