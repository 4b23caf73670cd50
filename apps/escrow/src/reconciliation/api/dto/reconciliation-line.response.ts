import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import { LINE_KINDS, type LineKind, type OurLine } from '../../domain/reconciliation-line';

/** One of escrow's lines with the partner on the day. */
export class ReconciliationLineResponse {
  @ApiProperty({ enum: LINE_KINDS, example: 'PAYMENT' })
  kind!: LineKind;

  @ApiProperty({ example: 'VCB-20261128-000123', description: 'Your key for the line: your partnerTxnId (payment) or the instruction id (payout, refund).' })
  reference!: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The reference you gave when settling the instruction; null for a payment.' })
  partnerReference!: string | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Refunds: the partnerTxnId of the payment refunded.' })
  originalPartnerTxnId!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The order, when known.' })
  orderId!: string | null;

  @ApiProperty({ example: 1_235_000, description: 'Whole VND.' })
  amount!: number;

  @ApiProperty({ example: '2026-11-28T08:04:05.000Z', description: 'When escrow received the payment, or when you settled the instruction (UTC).' })
  occurredAt!: string;

  @ApiProperty({ format: 'uuid', description: 'Escrow’s id of the payment or instruction.' })
  id!: string;

  static of(l: OurLine): ReconciliationLineResponse {
    return {
      kind: l.kind,
      reference: l.reference,
      partnerReference: l.partnerReference,
      originalPartnerTxnId: l.originalPartnerTxnId,
      orderId: l.orderId,
      amount: vndToWire(l.amount),
      occurredAt: l.occurredAt.toISOString(),
      id: l.id,
    };
  }
}
