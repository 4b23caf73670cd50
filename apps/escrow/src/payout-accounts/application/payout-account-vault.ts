import { Injectable, Logger } from '@nestjs/common';
import type { SealedPayoutAccountV1 } from '@trustcircle/contracts';
import { PlatformKeyring, type SealedValue } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import { type ClearPayoutAccount, detailsJson, type PayoutAccountDetails, parseDetails } from '../domain/payout-account-details';
import type { SealedAccountColumns } from '../infrastructure/sealed-account-columns.orm-entity';
import { payoutAccountAad, SellerPayoutAccountRecord } from '../infrastructure/seller-payout-account.orm-entity';

/**
 * Where payout account details are sealed and opened (the platform key, AES-256-GCM): the accounts orders give
 * with an order (AAD = the order id), the accounts marketplaces register (AAD `payout-account:<marketplace>:<seller>`),
 * cash-on-delivery buyers' refund destinations (see RefundDestinationVault) and the copy kept with each payout or
 * COD refund instruction (AAD of the instruction). Details are never logged.
 */
@Injectable()
export class PayoutAccountVault {
  private readonly logger = new Logger(PayoutAccountVault.name);

  constructor(private readonly keyring: PlatformKeyring) {}

  /**
   * Serialises, until the end of the transaction, everything about one seller's payout account: a registration and
   * a payout looking for the account cannot miss each other (the payout would wait although an account arrived).
   */
  async lockSeller(m: EntityManager, marketplaceId: string, sellerId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [payoutAccountAad(marketplaceId, sellerId)]);
  }

  /** The account the marketplace registered for the seller, opened; null if none. */
  async findRegistered(m: EntityManager, marketplaceId: string, sellerId: string): Promise<ClearPayoutAccount | null> {
    const row = await m.findOneBy(SellerPayoutAccountRecord, { marketplaceId, sellerId });
    return row ? this.openRegistered(row) : null;
  }

  /** Opens a registered account's details. @throws SealedValueError */
  openRegistered(row: SellerPayoutAccountRecord): ClearPayoutAccount {
    return this.openStored(row, payoutAccountAad(row.marketplaceId, row.sellerId));
  }

  /** Opens a stored account (a registered payout account, a buyer's refund destination) sealed with `aad`. @throws SealedValueError */
  openStored(row: SealedAccountColumns, aad: string): ClearPayoutAccount {
    const details = this.open({ ciphertext: row.sealedDetails, keyId: row.keyId }, aad);
    return { method: row.method, institutionCode: row.institutionCode, ...details };
  }

  /** Seals a seller's account details for the registry. */
  sealRegistered(details: PayoutAccountDetails, marketplaceId: string, sellerId: string): SealedValue {
    return this.keyring.seal(detailsJson(details), payoutAccountAad(marketplaceId, sellerId));
  }

  /**
   * Opens the account given with an order (sealed by orders, AAD = the order id). An account that does not open
   * (unknown key, tampered) is treated as absent, with a warning: the payout then uses the registered account or waits.
   */
  openOrderAccount(account: SealedPayoutAccountV1, orderId: string): ClearPayoutAccount | null {
    try {
      const details = parseDetails(this.keyring.openText({ ciphertext: account.sealedDetails, keyId: account.keyId }, orderId));
      return { method: account.method, institutionCode: account.institutionCode, ...details };
    } catch (e) {
      this.logger.warn(`the payout account of order ${orderId} does not open (${e instanceof Error ? e.name : 'error'}); using the registered one`);
      return null;
    }
  }

  /** Seals details for one instruction (`aad` from `instructionDetailsAad`). */
  seal(details: PayoutAccountDetails, aad: string): SealedValue {
    return this.keyring.seal(detailsJson(details), aad);
  }

  /** Opens details sealed by `seal`. @throws SealedValueError */
  open(sealed: SealedValue, aad: string): PayoutAccountDetails {
    return parseDetails(this.keyring.openText(sealed, aad));
  }
}
