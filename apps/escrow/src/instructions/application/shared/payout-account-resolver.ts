import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { PayoutAccountVault } from '../../../payout-accounts/application/payout-account-vault';
import { type ClearPayoutAccount, maskAccountNumber, sellerBeneficiary } from '../../../payout-accounts/domain/payout-account-details';
import { type InstructionTarget, instructionTarget } from './instruction-target';

/**
 * Finds where an escrow's seller is paid: the account given with the order, else the one the marketplace
 * registered (read under the seller's lock, so a registration in flight is not missed), else none.
 */
@Injectable()
export class PayoutAccountResolver {
  constructor(private readonly vault: PayoutAccountVault) {}

  async accountFor(m: EntityManager, escrow: Pick<EscrowRecord, 'orderId' | 'marketplaceId' | 'sellerId' | 'sellerPayoutAccount'>): Promise<ClearPayoutAccount | null> {
    if (escrow.sellerPayoutAccount) {
      const given = this.vault.openOrderAccount(escrow.sellerPayoutAccount, escrow.orderId);
      if (given) return given;
    }
    await this.vault.lockSeller(m, escrow.marketplaceId, escrow.sellerId);
    return this.vault.findRegistered(m, escrow.marketplaceId, escrow.sellerId);
  }

  /** The columns that point a payout instruction (`instructionId`) of `sellerId` at `account`: masked beneficiary and sealed details. */
  pointAt(instructionId: string, sellerId: string, account: ClearPayoutAccount): InstructionTarget {
    const beneficiary = sellerBeneficiary(sellerId, { method: account.method, institutionCode: account.institutionCode, accountNumberMasked: maskAccountNumber(account.accountNumber) });
    return instructionTarget(this.vault, instructionId, beneficiary, account);
  }
}
