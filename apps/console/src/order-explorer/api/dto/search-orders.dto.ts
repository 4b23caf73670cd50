import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

/** Query of `GET /v1/admin/orders`. */
export class SearchOrdersDto {
  @ApiProperty({
    description: 'An order code (any case), an order id, the marketplace’s external id, or the buyer’s phone (`0901234567`, `+84901234567`, spaces allowed). Every search is audited.',
    example: 'TC-7KQ4-M2XD',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @Length(1, 100)
  q!: string;
}
