import { ApiProperty } from '@nestjs/swagger';
import type { EscrowState } from '@trustcircle/contracts';

/** The answer to a confirmation of receipt. */
export class ReceiptConfirmedResponse {
  @ApiProperty({ example: 'TC-7KQ4-M2XD' })
  orderCode!: string;

  @ApiProperty({ example: 'RELEASED', description: 'The escrow state now (RELEASED, or PAID_OUT once the seller is paid).' })
  state!: EscrowState;

  @ApiProperty({ description: 'True when the money had already been released before this call (a repeat, or the window had ended).' })
  alreadyReleased!: boolean;
}
