import { ApiProperty } from '@nestjs/swagger';
import { OrderResponse } from '../order.response';

/** A page of orders, newest first. */
export class OrderPageResponse {
  @ApiProperty({ type: [OrderResponse] })
  items!: OrderResponse[];

  @ApiProperty({ nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
