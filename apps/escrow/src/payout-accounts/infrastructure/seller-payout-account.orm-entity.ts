import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { SealedAccountColumns } from './sealed-account-columns.orm-entity';

/**
 * The payout account a marketplace registered for one of its sellers: one per (marketplace, seller). The number
 * and holder's name are sealed (AAD `payout-account:<marketplaceId>:<sellerId>`); only the masked number is in clear.
 */
@Entity({ name: 'seller_payout_accounts' })
@Unique('seller_payout_accounts_seller_uq', ['marketplaceId', 'sellerId'])
export class SellerPayoutAccountRecord extends SealedAccountColumns {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'seller_id', type: 'text' })
  sellerId!: string;
}

/** The AAD a registered account's sealed details are bound to. */
export function payoutAccountAad(marketplaceId: string, sellerId: string): string {
  return `payout-account:${marketplaceId}:${sellerId}`;
}
