import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsVndAmount, TRACKING_NUMBER } from '@trustcircle/contracts';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { GhnStatusUpdate } from '../../domain/ghn-checkpoint';
import { parseGhnTime } from '../../domain/vietnam-time';
import { IsCourierTime } from './courier-time.validator';

/**
 * GHN's order status webhook, as GHN sends it. Only the fields below are read and validated; GHN's other fields
 * (`StatusName`, `Description`, `ReasonCode`, `Fee`, `Weight`, `ShopID`, `ClientOrderCode`, `Type`…) are accepted
 * and ignored, so a field GHN adds never makes its webhook fail.
 */
export class GhnWebhookBody implements GhnStatusUpdate {
  @ApiProperty({ example: 'LBK6RN7X', description: 'GHN’s order code: the tracking number the shipment was registered with.' })
  @IsString() @Matches(TRACKING_NUMBER, { message: 'OrderCode must be 1–64 letters, digits, dashes or underscores' })
  OrderCode!: string;

  @ApiProperty({ example: 'delivering', description: 'GHN’s status code (`ready_to_pick` … `lost`); an unknown one is recorded as EXCEPTION, flagged, raw code kept.' })
  @IsString() @IsNotEmpty() @MaxLength(64)
  Status!: string;

  @ApiProperty({ example: '2025-06-02T09:15:00+07:00', description: 'When it happened: ISO 8601; without an offset it is Vietnam time (UTC+7).' })
  @IsCourierTime(parseGhnTime, 'ISO 8601 (no offset: Vietnam time)')
  Time!: string;

  @ApiPropertyOptional({ example: 'Bưu Cục 230 Nguyễn Trãi-Q.1-HCM', description: 'Where the parcel is (the location).' })
  @IsOptional() @IsString() @MaxLength(500)
  Warehouse?: string | null;

  @ApiPropertyOptional({ example: 'Khách không nghe máy', description: 'Why (a failed attempt…): the note.' })
  @IsOptional() @IsString() @MaxLength(1000)
  Reason?: string | null;

  @ApiPropertyOptional({ example: 350_000, description: 'Cash on delivery, whole VND.' })
  @IsOptional() @IsVndAmount()
  CODAmount?: number | null;
}
