import { ApiProperty } from '@nestjs/swagger';

const ORDER_ID = '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10';

/** An order as the explorer lists it. */
export class OrderListItemDto {
  @ApiProperty({ example: ORDER_ID }) orderId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'TC-7KQ4-M2XD', description: 'Null until the console has consumed the order’s placement.' }) code!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SHOPEE-240301-0001' }) externalId!: string | null;
  @ApiProperty({ nullable: true, type: String }) marketplaceId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+8490****567', description: 'Masked: the console never holds the full phone.' }) buyerPhone!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'FUNDED' }) status!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['PREPAID', 'COD'] }) paymentMethod!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 1_235_000, description: 'Whole VND.' }) totalAmount!: number | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-11-29T14:30:00.000Z' }) placedAt!: string | null;
  @ApiProperty({ example: '2026-11-29T14:31:02.000Z', description: 'When the console last learned something of it.' }) updatedAt!: string;
}

/** A search result. */
export class OrderSearchHitDto extends OrderListItemDto {
  @ApiProperty({ type: [String], enum: ['code', 'orderId', 'phone', 'externalId'], example: ['phone'] }) matchedBy!: string[];
}

/** Answer of `GET /v1/admin/orders?q=`. */
export class OrderSearchResultDto {
  @ApiProperty({ type: [OrderSearchHitDto], description: 'At most 50, newest first.' }) items!: OrderSearchHitDto[];
  @ApiProperty({ type: [String], example: ['phone', 'externalId'], description: 'How the text was read.' }) searchedBy!: string[];
}

class HeldDto {
  @ApiProperty({ example: 1_235_000, description: 'Whole VND escrow holds for the order now.' }) amount!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Since the funding that took it from nothing.' }) since!: string | null;
}

class CodCashDto {
  @ApiProperty({ nullable: true, type: String, description: 'The courier that delivered it.' }) courierId!: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Cash collected at the door, as the courier reported it (VND).' }) collected!: number | null;
  @ApiProperty({ description: 'Remitted into escrow so far (VND).' }) remitted!: number;
}

/** One order with its money. */
export class OrderDetailDto extends OrderListItemDto {
  @ApiProperty({ type: HeldDto }) held!: HeldDto;
  @ApiProperty({ type: CodCashDto, nullable: true, description: 'COD orders only.' }) cod!: CodCashDto | null;
}

/** One line of the unified timeline. */
export class TimelineFactDto {
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'escrow.escrow-funded' }) type!: string;
  @ApiProperty({ example: 'escrow', enum: ['orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications', 'console'] }) service!: string;
  @ApiProperty({ example: '2026-11-29T14:31:00.000Z' }) occurredAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { escrowId: '5d1e…', heldAmount: 1_235_000, source: 'PREPAID', fundedAt: '2026-11-29T14:31:00.000Z' },
    description: 'The event’s ids, amounts (VND), states and times; never a name, phone, address or free text.',
  })
  detail!: Record<string, unknown>;
}

/** Answer of `GET /v1/admin/orders/{orderId}/timeline`. */
export class OrderTimelineDto {
  @ApiProperty({ type: OrderDetailDto, nullable: true, description: 'Null while the placement has not been consumed yet.' }) order!: OrderDetailDto | null;
  @ApiProperty({ type: [TimelineFactDto], description: 'In the order things happened.' }) facts!: TimelineFactDto[];
}
