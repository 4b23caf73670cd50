import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_KINDS, type PartnerKind } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PartnerSettingsPatchDto } from './partner-settings.dto';

/** Body of `POST /v1/admin/partners`. */
export class CreatePartnerDto {
  @ApiProperty({ enum: PARTNER_KINDS, example: 'MARKETPLACE' })
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @ApiProperty({ description: 'Display name (1–200 characters).', example: 'Chợ Việt' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: PartnerSettingsPatchDto, description: 'Overrides of the defaults (inspection 3 days, ship-by 5 days, unpaid expiry 24 h, fee 200 bps).' })
  @IsOptional() @ValidateNested() @Type(() => PartnerSettingsPatchDto)
  settings?: PartnerSettingsPatchDto;

  @ApiPropertyOptional({ type: [String], description: 'Payment partners only: the marketplaces they serve.', example: ['0b9f7c1e-2f4a-4c59-9d7e-3a1b2c3d4e5f'] })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsUUID(undefined, { each: true })
  marketplaceIds?: string[];
}

/** Body of `PATCH /v1/admin/partners/{id}`. */
export class UpdatePartnerDto {
  @ApiPropertyOptional({ example: 'Chợ Việt Official' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: PartnerSettingsPatchDto, example: { inspectionDays: 5, platformFeeBps: 150 } })
  @IsOptional() @ValidateNested() @Type(() => PartnerSettingsPatchDto)
  settings?: PartnerSettingsPatchDto;
}
