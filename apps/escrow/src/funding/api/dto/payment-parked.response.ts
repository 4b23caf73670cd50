import { ApiProperty } from '@nestjs/swagger';
import { ESCROW_STATES, type EscrowState, PAYMENT_MATCHES, type PaymentMatch } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import { PAYMENT_STATUSES, type PaymentRecord, type PaymentStatus } from '../../infrastructure/payment.orm-entity';

/**
 * The answer (202) to a payment for an order escrow did not know yet: parked until the order arrives, then
 * matched; refunded if it does not arrive by `matchDeadline`. A later message with the same `partnerTxnId` gets
 * this answer with the payment's current status (and, once matched, the order, escrow state and match).
 */
export class PaymentParkedResponse {
  @ApiProperty({ format: 'uuid', example: '9b2f6a3e-1c4d-4e8f-a0b1-2c3d4e5f6a7b', description: 'Escrow’s id for this payment.' })
  paymentId!: string;

  @ApiProperty({ enum: PAYMENT_STATUSES, example: 'PARKED', description: 'PARKED (waiting for its order), MATCHED (applied to the order), EXPIRED (refunded).' })
  status!: PaymentStatus;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, example: '3f0c9a52-6a1e-4f57-9d2b-6b1f0e6c2a10', description: 'The order: the one you named, or the matched one; null for a payment reference not matched yet.' })
  orderId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'TC7KQ4M2XD', description: 'The payment reference you named, or null.' })
  paymentReference!: string | null;

  @ApiProperty({ example: 1_235_000, description: 'This payment, whole VND.' })
  amount!: number;

  @ApiProperty({ example: '2026-11-28T16:04:05.000Z', description: 'When it is refunded if its order has not arrived (ISO-8601).' })
  matchDeadline!: string;

  @ApiProperty({ enum: ESCROW_STATES, nullable: true, example: null, description: 'Once matched: the escrow’s state right after this payment.' })
  escrowState!: EscrowState | null;

  @ApiProperty({ enum: PAYMENT_MATCHES, nullable: true, example: null, description: 'Once matched: EXACT, UNDERPAID or OVERPAID.' })
  match!: PaymentMatch | null;

  static of(p: PaymentRecord): PaymentParkedResponse {
    return {
      paymentId: p.id,
      status: p.status,
      orderId: p.orderId ?? p.claimedOrderId,
      paymentReference: p.paymentReference,
      amount: vndToWire(p.amount),
      matchDeadline: (p.matchDeadline as Date).toISOString(),
      escrowState: p.escrowState,
      match: p.match,
    };
  }
}
