import { ApiProperty } from '@nestjs/swagger';

/** An operator's new credentials, shown once. */
export class EnrolmentResponse {
  @ApiProperty({ format: 'uuid' }) operatorId!: string;
  @ApiProperty({ example: 'nguyen.lan' }) name!: string;
  @ApiProperty({ description: 'The password: 125 random bits, five groups of five.', example: 'k7dmx-p2qrs-9vwtz-a3bce-h4jkn' }) password!: string;
  @ApiProperty({ description: 'The TOTP secret (base32), to type into an authenticator app.', example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }) totpSecret!: string;
  @ApiProperty({
    description: 'The provisioning URI, to show as a QR code (SHA-1, 6 digits, 30 s).',
    example: 'otpauth://totp/TrustCircle:nguyen.lan?issuer=TrustCircle&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30',
  })
  totpUri!: string;
}
