import type { PayoutMethod } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * The payout account a marketplace registered for one of its sellers: one per (marketplace, seller). The number
 * and holder's name are sealed (AAD `payout-account:<marketplaceId>:<sellerId>`); only the masked number is in clear.
 */
@Entity({ name: 'seller_payout_accounts' })
@Unique('seller_payout_accounts_seller_uq', ['marketplaceId', 'sellerId'])
export class SellerPayoutAccountRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'seller_id', type: 'text' })
  sellerId!: string;

  @Column({ type: 'text' })
  method!: PayoutMethod;

  @Column({ name: 'institution_code', type: 'text' })
  institutionCode!: string;

  @Column({ name: 'account_number_masked', type: 'text' })
  accountNumberMasked!: string;

  @Column({ name: 'sealed_details', type: 'text' })
  sealedDetails!: string;

  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The AAD a registered account's sealed details are bound to. */
export function payoutAccountAad(marketplaceId: string, sellerId: string): string {
  return `payout-account:${marketplaceId}:${sellerId}`;
}
