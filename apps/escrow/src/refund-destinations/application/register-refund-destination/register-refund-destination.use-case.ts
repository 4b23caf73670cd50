import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { AwaitingRefundRelease } from '../../../instructions/application/shared/awaiting-refund-release';
import { InstructionRecord } from '../../../instructions/infrastructure/instruction.orm-entity';
import { type ClearPayoutAccount, sameAccount } from '../../../payout-accounts/domain/payout-account-details';
import { sealedAccountColumns } from '../../../payout-accounts/infrastructure/sealed-account-columns.orm-entity';
import { BuyerRefundDestinationRecord } from '../../infrastructure/buyer-refund-destination.orm-entity';
import { type BuyerCodEscrow, buyerCodEscrow, type BuyerOrderGrant } from '../buyer-cod-escrow';
import { RefundDestinationVault } from '../refund-destination-vault';

/** A COD buyer gives (or corrects) where their refunds go: `destination` already validated and normalised. */
export interface RegisterRefundDestinationCommand {
  orderCode: string;
  grant: BuyerOrderGrant;
  destination: ClearPayoutAccount;
}

/** `registered` (also for the same destination again), `locked` (a refund is with the partner or paid to the destination given), or why not. */
export type RegisterRefundDestinationResult = { kind: 'registered'; record: BuyerRefundDestinationRecord } | { kind: 'locked' } | Exclude<BuyerCodEscrow, { kind: 'found' }>;

/**
 * Registers the bank account or e-wallet a cash-on-delivery buyer is refunded to (details sealed, number masked)
 * and, in the same transaction, issues every refund of the escrow that waited for it (AWAITING_ACCOUNT → PENDING).
 * Under the escrow's lock, which every refund takes too, so a refund issued concurrently either sees the
 * destination or is released by it. The same destination again changes nothing (the same answer); another one
 * replaces it, except while a refund is with the partner or paid (`locked`); a FAILED refund's retry goes to the new one.
 */
@Injectable()
export class RegisterRefundDestinationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: RefundDestinationVault,
    private readonly awaiting: AwaitingRefundRelease,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(cmd: RegisterRefundDestinationCommand): Promise<RegisterRefundDestinationResult> {
    return this.dataSource.transaction(async (m) => {
      const found = await buyerCodEscrow(m, cmd.orderCode, cmd.grant, true);
      if (found.kind !== 'found') return found;
      const { escrow } = found;
      const existing = await m.findOneBy(BuyerRefundDestinationRecord, { escrowId: escrow.id });
      let record = existing;
      if (!existing || !sameAccount(this.vault.open(existing), cmd.destination)) {
        if (existing && (await this.refundIssued(m, escrow.id))) return { kind: 'locked' as const };
        record = await this.save(m, escrow, cmd.destination, existing);
      }
      await this.awaiting.release(m, escrow.id, cmd.destination);
      return { kind: 'registered' as const, record: record as BuyerRefundDestinationRecord };
    });
  }

  /**
   * Whether a refund of the escrow is with its partner or paid (PENDING or SETTLED) to the destination given. One
   * that FAILED may be redirected: its retry goes to the destination current then.
   */
  private refundIssued(m: EntityManager, escrowId: string): Promise<boolean> {
    return m.exists(InstructionRecord, { where: { escrowId, kind: 'REFUND', status: In(['PENDING', 'SETTLED']) } });
  }

  private async save(m: EntityManager, escrow: EscrowRecord, destination: ClearPayoutAccount, existing: BuyerRefundDestinationRecord | null): Promise<BuyerRefundDestinationRecord> {
    const now = this.clock.now();
    const sealed = this.vault.seal(destination, escrow.id);
    const record = m.create(BuyerRefundDestinationRecord, { escrowId: escrow.id, orderId: escrow.orderId, ...sealedAccountColumns(destination, sealed, existing, now) });
    return m.save(BuyerRefundDestinationRecord, record);
  }
}
