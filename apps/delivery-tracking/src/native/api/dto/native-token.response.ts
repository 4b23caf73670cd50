import { ApiProperty } from '@nestjs/swagger';
import { NATIVE_FORMATS, type NativeFormat } from '../../domain/native-format';

/** A newly issued native webhook token: the only time it is shown (only its hash is kept). */
export class NativeTokenResponse {
  @ApiProperty({ format: 'uuid' })
  tokenId!: string;

  @ApiProperty({ format: 'uuid' })
  courierId!: string;

  @ApiProperty({ enum: NATIVE_FORMATS })
  format!: NativeFormat;

  @ApiProperty({ example: 'tcn_…', description: 'The token. Shown once; configure it at the courier now.' })
  token!: string;

  @ApiProperty({ example: '/v1/couriers/…/ghn/tcn_…', description: 'The path to configure as the courier’s webhook URL (after this service’s public base URL).' })
  webhookPath!: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the token(s) it replaces stop working; null if there were none.' })
  previousValidUntil!: string | null;
}
