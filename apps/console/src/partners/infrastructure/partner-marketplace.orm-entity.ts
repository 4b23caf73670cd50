import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A payment partner serves a marketplace: it may fund and settle that marketplace's orders. */
@Entity({ name: 'partner_marketplaces' })
export class PartnerMarketplaceRecord {
  @PrimaryColumn({ name: 'payment_partner_id', type: 'uuid' })
  paymentPartnerId!: string;

  @PrimaryColumn({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
