import { ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_KINDS, PARTNER_STATUSES, type PartnerKind, type PartnerStatus } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/admin/partners`. */
export class ListPartnersDto {
  @ApiPropertyOptional({ enum: PARTNER_KINDS })
  @IsOptional() @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;

  @ApiPropertyOptional({ enum: PARTNER_STATUSES })
  @IsOptional() @IsIn(PARTNER_STATUSES)
  status?: PartnerStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
