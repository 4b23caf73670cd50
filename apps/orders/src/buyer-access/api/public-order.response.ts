import { ApiProperty } from '@nestjs/swagger';
import { toVnLocalIso, VN_TIME_ZONE, vndToWire } from '@trustcircle/kernel';
import type { OrderRecord } from '../../orders/infrastructure/order.orm-entity';
import { maskE164Phone, maskName } from '../domain/masking';
import type { TimelineEntry } from '../../order-status/application/order-timeline/order-timeline.query';

/** The seller, as the buyer sees it. */
export class PublicOrderSellerResponse {
  @ApiProperty({ example: 'Shop Hoa Mai' })
  name!: string;
}

/** The buyer, masked: the token proves the code, not who holds the phone. */
export class PublicOrderBuyerResponse {
  @ApiProperty({ example: 'N***** V** A*', description: 'First letter of each word.' })
  name!: string;

  @ApiProperty({ example: '+8490****567' })
  phone!: string;
}

/** One step of the order, money, parcel, complaint or message, as the buyer reads it. */
export class PublicTimelineEntryResponse {
  @ApiProperty({ example: '2026-11-29T14:30:00.000Z', description: 'When it happened (UTC).' })
  at!: string;

  @ApiProperty({ example: '2026-11-29T21:30:00+07:00', description: 'The same instant in Asia/Ho_Chi_Minh.' })
  atLocal!: string;

  @ApiProperty({ enum: ['MONEY', 'PARCEL', 'COMPLAINT', 'MESSAGE'] })
  strand!: string;

  @ApiProperty({ example: 'ESCROW_FUNDED', description: 'What happened.' })
  fact!: string;

  @ApiProperty({ example: 'FUNDED', nullable: true, description: 'The order status this step led to, if it changed it.' })
  statusAfter!: string | null;

  @ApiProperty({ example: { amount: 1_235_000 }, description: 'Amounts, reasons and directions; never anyone’s personal data.' })
  detail!: Record<string, string | number | boolean | null>;
}

/** An order as its buyer sees it (`GET /v1/public/orders/{code}`). */
export class PublicOrderResponse {
  @ApiProperty({ example: 'TC-7KQ4-M2XD' })
  code!: string;

  @ApiProperty({ example: 'PLACED' })
  status!: string;

  @ApiProperty({ example: '2026-11-29T14:30:00.000Z', description: 'UTC.' })
  placedAt!: string;

  @ApiProperty({ example: '2026-11-29T21:30:00+07:00', description: 'The same instant in Asia/Ho_Chi_Minh.' })
  placedAtLocal!: string;

  @ApiProperty({ example: VN_TIME_ZONE })
  timeZone!: string;

  @ApiProperty({ example: 1_235_000, description: 'Whole VND.' })
  totalAmount!: number;

  @ApiProperty({ example: 'VND' })
  currency!: string;

  @ApiProperty({ type: PublicOrderSellerResponse })
  seller!: PublicOrderSellerResponse;

  @ApiProperty({ type: PublicOrderBuyerResponse })
  buyer!: PublicOrderBuyerResponse;

  @ApiProperty({ type: [PublicTimelineEntryResponse], description: 'Money, parcel, complaint and messages on one line, oldest first.' })
  timeline!: PublicTimelineEntryResponse[];

  static of(order: OrderRecord, timeline: TimelineEntry[]): PublicOrderResponse {
    return {
      code: order.code,
      status: order.status,
      placedAt: order.placedAt.toISOString(),
      placedAtLocal: toVnLocalIso(order.placedAt),
      timeZone: VN_TIME_ZONE,
      totalAmount: vndToWire(order.totalAmount),
      currency: order.currency,
      seller: { name: order.seller.name },
      buyer: { name: maskName(order.buyerName), phone: maskE164Phone(order.buyerPhone) },
      timeline: timeline.map((e) => ({
        at: e.at.toISOString(),
        atLocal: toVnLocalIso(e.at),
        strand: e.group,
        fact: e.kind,
        statusAfter: e.statusAfter,
        detail: e.detail,
      })),
    };
  }
}
