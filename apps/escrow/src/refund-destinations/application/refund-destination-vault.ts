import { Injectable } from '@nestjs/common';
import type { SealedValue } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import { PayoutAccountVault } from '../../payout-accounts/application/payout-account-vault';
import type { ClearPayoutAccount, PayoutAccountDetails } from '../../payout-accounts/domain/payout-account-details';
import { BuyerRefundDestinationRecord, refundDestinationAad } from '../infrastructure/buyer-refund-destination.orm-entity';

/**
 * Seals and opens COD buyers' refund destinations with the payout-account vault (the platform key, AES-256-GCM),
 * bound to the escrow (AAD `refund-destination:<escrowId>`). Details are never logged.
 */
@Injectable()
export class RefundDestinationVault {
  constructor(private readonly vault: PayoutAccountVault) {}

  /** The destination the buyer gave for the escrow, opened; null if none. @throws SealedValueError */
  async find(m: EntityManager, escrowId: string): Promise<ClearPayoutAccount | null> {
    const row = await m.findOneBy(BuyerRefundDestinationRecord, { escrowId });
    return row ? this.open(row) : null;
  }

  /** Opens a stored destination. @throws SealedValueError */
  open(row: BuyerRefundDestinationRecord): ClearPayoutAccount {
    return this.vault.openStored(row, refundDestinationAad(row.escrowId));
  }

  /** Seals a destination's number and holder's name for the escrow. */
  seal(details: PayoutAccountDetails, escrowId: string): SealedValue {
    return this.vault.seal(details, refundDestinationAad(escrowId));
  }
}
