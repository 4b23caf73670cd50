import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PayoutAccountV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { AwaitingPayoutRelease } from '../../../instructions/application/shared/awaiting-payout-release';
import { sameAccount } from '../../domain/payout-account-details';
import { sealedAccountColumns } from '../../infrastructure/sealed-account-columns.orm-entity';
import { SellerPayoutAccountRecord } from '../../infrastructure/seller-payout-account.orm-entity';
import { PayoutAccountVault } from '../payout-account-vault';

/** A marketplace registers (or replaces) the payout account of one of its sellers. */
export interface RegisterPayoutAccountCommand {
  marketplaceId: string;
  sellerId: string;
  account: PayoutAccountV1;
}

/**
 * Registers a seller's payout account (details sealed, number masked) and, in the same transaction, releases every
 * payout of that seller that waited for one. Under the seller's lock, so a payout issued concurrently either sees
 * the account or is released by it. The same account again changes nothing (the same answer).
 */
@Injectable()
export class RegisterPayoutAccountUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: PayoutAccountVault,
    private readonly awaiting: AwaitingPayoutRelease,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(cmd: RegisterPayoutAccountCommand): Promise<SellerPayoutAccountRecord> {
    const { marketplaceId, sellerId, account } = cmd;
    return this.dataSource.transaction(async (m) => {
      await this.vault.lockSeller(m, marketplaceId, sellerId);
      const existing = await m.findOneBy(SellerPayoutAccountRecord, { marketplaceId, sellerId });
      let record = existing;
      if (!existing || !sameAccount(this.vault.openRegistered(existing), account)) {
        const now = this.clock.now();
        const sealed = this.vault.sealRegistered(account, marketplaceId, sellerId);
        record = m.create(SellerPayoutAccountRecord, { id: existing?.id ?? randomUUID(), marketplaceId, sellerId, ...sealedAccountColumns(account, sealed, existing, now) });
        await m.save(SellerPayoutAccountRecord, record);
      }
      await this.awaiting.release(m, marketplaceId, sellerId, { ...account });
      return record as SellerPayoutAccountRecord;
    });
  }
}
