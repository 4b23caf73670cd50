import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Body of `POST /v1/auth/sessions`. */
export class SignInRequest {
  @ApiProperty({ description: 'The operator name (case-insensitive).', example: 'nguyen.lan' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  name!: string;

  @ApiProperty({ description: 'The password from the enrolment.', example: 'k7dmx-p2qrs-9vwtz-a3bce-h4jkn', format: 'password' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password!: string;

  @ApiProperty({ description: 'The 6-digit code the authenticator app shows now. Each code is accepted once.', example: '492039' })
  @IsString() @Matches(/^\d{6}$/, { message: 'totp must be the 6 digits the authenticator app shows' })
  totp!: string;
}
