import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';

const CHANNELS = ['SMS', 'ZALO', 'EMAIL'] as const;

/** `PUT /v1/public/notification-preferences`: what to change (omitted fields stay). */
export class BuyerPreferencesRequest {
  @ApiPropertyOptional({ enum: ['vi', 'en'], description: 'The language of the buyer’s messages.' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  language?: 'vi' | 'en';

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, description: 'Channels muted for non-critical messages (one-time codes, deadlines, refunds and releases always go).' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(3)
  @IsIn(CHANNELS, { each: true })
  mutedChannels?: Array<(typeof CHANNELS)[number]>;
}

/** The buyer's preferences now. */
export class BuyerPreferencesResponse {
  @ApiProperty({ enum: ['vi', 'en'] })
  language!: 'vi' | 'en';

  @ApiProperty({ enum: CHANNELS, isArray: true })
  mutedChannels!: Array<(typeof CHANNELS)[number]>;
}
