import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import type { OrderRecord } from '../infrastructure/order.orm-entity';

/** How the buyer pays into escrow. */
export class OrderPaymentResponse {
  @ApiProperty({ example: 'TC7KQ4M2XD', description: 'What the buyer quotes to the payment partner.' })
  reference!: string;

  @ApiProperty({ example: 1_235_000, description: 'Amount due, whole VND.' })
  amount!: number;

  @ApiProperty({ example: '2026-11-29T14:30:00.000Z', nullable: true, description: 'Unpaid expiry (PREPAID); null for COD.' })
  expiresAt!: string | null;
}

/** The marketplace's cancellation request (escrow answers it; the outcome shows in `status`). */
export class OrderCancellationResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Người mua đổi ý trước khi giao hàng' })
  reason!: string;

  @ApiProperty({ example: '2026-11-28T15:00:00.000Z' })
  requestedAt!: string;
}

/** An order as a marketplace sees it. */
export class OrderResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'TC-7KQ4-M2XD', description: 'The code buyers type; in every SMS.' })
  code!: string;

  @ApiProperty({ example: 'SHOP-10001' })
  externalId!: string;

  @ApiProperty({ example: 'PLACED' })
  status!: string;

  @ApiProperty({ example: 1_235_000 })
  totalAmount!: number;

  @ApiProperty({ example: 'VND' })
  currency!: string;

  @ApiProperty({ example: 'PREPAID', enum: ['PREPAID', 'COD'] })
  paymentMethod!: string;

  @ApiProperty({ type: OrderPaymentResponse })
  payment!: OrderPaymentResponse;

  @ApiProperty({ example: 3 })
  inspectionDays!: number;

  @ApiProperty({ example: 5 })
  shipByDays!: number;

  @ApiProperty({ example: '2026-11-28T14:30:00.000Z' })
  placedAt!: string;

  @ApiProperty({ type: OrderCancellationResponse, nullable: true })
  cancellation!: OrderCancellationResponse | null;

  static of(o: OrderRecord): OrderResponse {
    return {
      id: o.id,
      code: o.code,
      externalId: o.externalId,
      status: o.status,
      totalAmount: vndToWire(o.totalAmount),
      currency: o.currency,
      paymentMethod: o.paymentMethod,
      payment: { reference: o.paymentReference, amount: vndToWire(o.totalAmount), expiresAt: o.paymentExpiresAt?.toISOString() ?? null },
      inspectionDays: o.inspectionDays,
      shipByDays: o.shipByDays,
      placedAt: o.placedAt.toISOString(),
      cancellation:
        o.cancellationId && o.cancellationReason && o.cancellationRequestedAt
          ? { id: o.cancellationId, reason: o.cancellationReason, requestedAt: o.cancellationRequestedAt.toISOString() }
          : null,
    };
  }
}
