import { ApiProperty } from '@nestjs/swagger';
import { IsVndAmount } from '@trustcircle/contracts';
import { IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

/** One parcel's cash in a remittance batch. */
export class CodRemittanceLineBody {
  @ApiProperty({ example: 'GHN5K7QX2M', minLength: 1, maxLength: 64, description: 'Your tracking number of the delivered parcel; at most once per batch.' })
  @IsString() @IsNotEmpty() @MaxLength(64)
  trackingNumber!: string;

  @ApiProperty({ example: 1_250_000, minimum: 1, description: 'The cash remitted for this parcel, whole VND.' })
  @IsVndAmount() @Min(1)
  amount!: number;
}
