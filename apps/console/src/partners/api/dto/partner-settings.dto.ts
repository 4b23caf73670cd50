import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CIDR } from '@trustcircle/contracts';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const COD_COLLECTION =
  'Couriers: the payment partner (partner id) holding the collection account this courier remits COD cash into; escrow clears its remittances, pays COD sellers and refunds COD buyers through it.';

/** Settings to change; fields left out keep their value. Ranges as `PartnerSettingsV1`. */
export class PartnerSettingsPatchDto {
  @ApiPropertyOptional({ description: 'Marketplaces: default inspection window in days.', minimum: 0, maximum: 30, example: 3 })
  @IsOptional() @IsInt() @Min(0) @Max(30)
  inspectionDays?: number;

  @ApiPropertyOptional({ description: 'Marketplaces: default ship-by window in days.', minimum: 1, maximum: 30, example: 5 })
  @IsOptional() @IsInt() @Min(1) @Max(30)
  shipByDays?: number;

  @ApiPropertyOptional({ description: 'Marketplaces: hours before an unpaid PREPAID order expires.', minimum: 1, maximum: 720, example: 24 })
  @IsOptional() @IsInt() @Min(1) @Max(720)
  unpaidExpiryHours?: number;

  @ApiPropertyOptional({ description: 'Marketplaces: platform fee on release, in basis points.', minimum: 0, maximum: 10_000, example: 200 })
  @IsOptional() @IsInt() @Min(0) @Max(10_000)
  platformFeeBps?: number;

  @ApiPropertyOptional({ description: 'Marketplaces: send buyer messages by Zalo (ZNS) where possible.', example: true })
  @IsOptional() @IsBoolean()
  zaloEnabled?: boolean;

  @ApiPropertyOptional({ description: 'Marketplaces: send SMS without Vietnamese diacritics.', example: false })
  @IsOptional() @IsBoolean()
  unaccentedSms?: boolean;

  @ApiPropertyOptional({ description: 'Couriers and payment partners: networks their webhooks may come from (CIDR); empty: any.', example: ['203.0.113.0/24'] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CIDR, { each: true })
  ipAllowList?: string[];

  @ApiPropertyOptional({
    description: `${COD_COLLECTION} Must name a PAYMENT_PARTNER of the registry (422 otherwise); only couriers take a value (400 otherwise); null clears it.`,
    format: 'uuid',
    nullable: true,
    type: String,
    example: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98',
  })
  @IsOptional() @IsUUID()
  codCollectionPartnerId?: string | null;
}

/** A partner's effective settings. */
export class PartnerSettingsDto {
  @ApiProperty({ example: 3 }) inspectionDays!: number;
  @ApiProperty({ example: 5 }) shipByDays!: number;
  @ApiProperty({ example: 24 }) unpaidExpiryHours!: number;
  @ApiProperty({ example: 200 }) platformFeeBps!: number;
  @ApiProperty({ example: false }) zaloEnabled!: boolean;
  @ApiProperty({ example: false }) unaccentedSms!: boolean;
  @ApiProperty({ type: [String], example: [] }) ipAllowList!: string[];
  @ApiProperty({ description: `${COD_COLLECTION} Null when none (and for other kinds): the courier cannot remit COD yet.`, format: 'uuid', nullable: true, type: String, example: null })
  codCollectionPartnerId!: string | null;
}
