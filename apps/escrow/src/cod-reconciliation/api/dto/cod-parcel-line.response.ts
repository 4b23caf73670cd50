import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import { COD_PARCEL_STATUSES, type CodParcelStatus } from '../../domain/cod-parcel-status';
import type { CodParcelLine } from '../../domain/cod-reconciliation-report';

/** A COD parcel you delivered that day: what should be collected, what you said you collected, what you remitted. */
export class CodParcelLineResponse {
  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ example: 'TC-7K2M-9QXA', description: 'The order code printed on the parcel.' })
  orderCode!: string;

  @ApiProperty({ type: String, nullable: true, example: 'GHN5KX7Q2P', description: 'Your tracking number of the outbound parcel.' })
  trackingNumber!: string | null;

  @ApiProperty({ example: '2026-11-28T04:15:00.000Z', description: 'When you delivered it (UTC).' })
  deliveredAt!: string;

  @ApiProperty({ example: 1_250_000, description: 'What should be collected at the door: the order total, whole VND.' })
  expectedAmount!: number;

  @ApiProperty({ type: Number, nullable: true, example: 1_250_000, description: 'What your delivered event said you collected; null when it said nothing.' })
  collectedAmount!: number | null;

  @ApiProperty({ example: 1_250_000, description: 'What your remittance lines funded for it so far (any day), whole VND.' })
  remittedAmount!: number;

  @ApiProperty({
    example: 0,
    description: 'What you still owe for it now: what you said you collected (the order total if you said nothing), at most the order total, less what you remitted.',
  })
  outstandingAmount!: number;

  @ApiProperty({
    enum: COD_PARCEL_STATUSES,
    example: 'MATCHED',
    description:
      'The first that applies: COLLECTION_MISMATCH (collected ≠ expected, or not said); MATCHED (remitted = expected); ' +
      'REMITTANCE_SHORT (0 < remitted < expected); UNREMITTED (nothing remitted).',
  })
  status!: CodParcelStatus;

  @ApiProperty({ format: 'uuid', description: 'Escrow’s id of the order’s escrow.' })
  escrowId!: string;

  static of(p: CodParcelLine): CodParcelLineResponse {
    return {
      orderId: p.orderId,
      orderCode: p.orderCode,
      trackingNumber: p.trackingNumber,
      deliveredAt: p.deliveredAt.toISOString(),
      expectedAmount: vndToWire(p.expected),
      collectedAmount: p.collected === null ? null : vndToWire(p.collected),
      remittedAmount: vndToWire(p.remitted),
      outstandingAmount: vndToWire(p.outstanding),
      status: p.status,
      escrowId: p.escrowId,
    };
  }
}
