import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SealedAccountColumns } from '../../payout-accounts/infrastructure/sealed-account-columns.orm-entity';

/**
 * Where a cash-on-delivery buyer is refunded: the bank account or e-wallet they gave in the buyer portal, one per
 * escrow. The number and holder's name are sealed (AAD `refund-destination:<escrowId>`, see
 * `refundDestinationAad`); only the method, the institution and the masked number are in clear.
 */
@Entity({ name: 'buyer_refund_destinations' })
export class BuyerRefundDestinationRecord extends SealedAccountColumns {
  @PrimaryColumn({ name: 'escrow_id', type: 'uuid' })
  escrowId!: string;

  @Column({ name: 'order_id', type: 'uuid', unique: true })
  orderId!: string;
}

/** The AAD a buyer's sealed refund destination is bound to: the escrow (a copy moved to another escrow does not open). */
export function refundDestinationAad(escrowId: string): string {
  return `refund-destination:${escrowId}`;
}
