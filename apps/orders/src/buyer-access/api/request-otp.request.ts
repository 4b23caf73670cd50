import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** `POST /v1/public/otp`: what the buyer types. */
export class RequestOtpRequest {
  @ApiProperty({ example: 'TC-7KQ4-M2XD', description: 'The order code from the SMS; case, spaces, dashes and look-alikes (O/0, I/L/1) are forgiven.' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  orderCode!: string;

  @ApiProperty({ example: '0901234567', description: 'The buyer phone the order was placed with, in any Vietnamese form (0901234567, +84901234567).' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  phone!: string;
}
