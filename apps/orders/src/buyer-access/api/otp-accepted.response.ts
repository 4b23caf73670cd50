import { ApiProperty } from '@nestjs/swagger';
import { OTP_TTL_SECONDS } from '../domain/buyer-access-policy';

/** The one answer of `POST /v1/public/otp`, whether or not anything was sent. */
export class OtpAcceptedResponse {
  @ApiProperty({ example: 'accepted' })
  status!: 'accepted';

  @ApiProperty({ example: 'If the order code and phone match an order, a code has been sent by SMS.' })
  message!: string;

  @ApiProperty({ example: OTP_TTL_SECONDS, description: 'How long a code sent is valid, in seconds.' })
  expiresInSeconds!: number;

  static readonly INSTANCE: OtpAcceptedResponse = Object.freeze({
    status: 'accepted',
    message: 'If the order code and phone match an order, a code has been sent by SMS.',
    expiresInSeconds: OTP_TTL_SECONDS,
  });
}
