import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Body of `POST /v1/orders/{id}/cancel`. */
export class CancelOrderBody {
  @ApiProperty({ example: 'Người mua đổi ý trước khi giao hàng', maxLength: 500 })
  @IsString() @IsNotEmpty() @MaxLength(500)
  reason!: string;
}
