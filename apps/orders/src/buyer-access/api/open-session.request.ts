import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** `POST /v1/public/sessions`: the order, the phone and the code the SMS carried. */
export class OpenSessionRequest {
  @ApiProperty({ example: 'TC-7KQ4-M2XD' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  orderCode!: string;

  @ApiProperty({ example: '0901234567' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  phone!: string;

  @ApiProperty({ example: '493817', description: 'The 6-digit code from the SMS.' })
  @IsString()
  @MinLength(1)
  @MaxLength(16)
  otp!: string;
}
