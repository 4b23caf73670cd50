import { ApiProperty } from '@nestjs/swagger';
import { ESCROW_STATES, type EscrowState, PAYMENT_MATCHES, type PaymentMatch } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import type { MatchedPayment } from '../../infrastructure/payment.orm-entity';

/** The answer (201) to a payment applied to its order at once (a duplicate `partnerTxnId` gets the same answer). */
export class PaymentRecordedResponse {
  @ApiProperty({ format: 'uuid', example: '9b2f6a3e-1c4d-4e8f-a0b1-2c3d4e5f6a7b', description: 'Escrow’s id for this payment.' })
  paymentId!: string;

  @ApiProperty({ format: 'uuid', example: '3f0c9a52-6a1e-4f57-9d2b-6b1f0e6c2a10' })
  orderId!: string;

  @ApiProperty({ enum: ESCROW_STATES, example: 'FUNDED', description: 'The escrow’s state right after this payment.' })
  escrowState!: EscrowState;

  @ApiProperty({ example: 1_235_000, description: 'This payment, whole VND.' })
  amount!: number;

  @ApiProperty({ enum: PAYMENT_MATCHES, example: 'EXACT', description: 'EXACT, UNDERPAID (waiting for a top-up) or OVERPAID (the excess is refunded).' })
  match!: PaymentMatch;

  static of(p: MatchedPayment): PaymentRecordedResponse {
    return { paymentId: p.id, orderId: p.orderId, escrowState: p.escrowState, amount: vndToWire(p.amount), match: p.match };
  }
}
