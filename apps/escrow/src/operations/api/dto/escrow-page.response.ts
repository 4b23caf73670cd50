import { ApiProperty } from '@nestjs/swagger';
import type { EscrowState } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';

/** One escrow in the operators' list. */
export class EscrowSummaryResponse {
  @ApiProperty({ format: 'uuid' }) escrowId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderCode!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty() state!: EscrowState;
  @ApiProperty() expectedAmount!: number;
  @ApiProperty({ nullable: true, format: 'uuid' }) holdDisputeId!: string | null;
  @ApiProperty() openedAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(e: EscrowRecord): EscrowSummaryResponse {
    return {
      escrowId: e.id,
      orderId: e.orderId,
      orderCode: e.orderCode,
      marketplaceId: e.marketplaceId,
      state: e.state,
      expectedAmount: vndToWire(e.expectedAmount),
      holdDisputeId: e.holdDisputeId,
      openedAt: e.openedAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    };
  }
}

/** `GET /v1/escrows`: a page, newest first. */
export class EscrowPageResponse {
  @ApiProperty({ type: [EscrowSummaryResponse] }) items!: EscrowSummaryResponse[];
  @ApiProperty({ nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' }) nextCursor!: string | null;
}
