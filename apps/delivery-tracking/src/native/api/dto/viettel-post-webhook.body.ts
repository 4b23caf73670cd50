import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsVndAmount, TRACKING_NUMBER } from '@trustcircle/contracts';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { ViettelPostStatusUpdate } from '../../domain/viettel-post-checkpoint';
import { parseViettelPostDate } from '../../domain/vietnam-time';
import { IsCourierTime } from './courier-time.validator';

/** A waybill number sent as a JSON number (some accounts do) is read as its digits. */
const digitsOfNumber = ({ value }: { value: unknown }): unknown => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value);
/** A status code sent as a string of digits is read as the number. */
const numberOfDigits = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

/**
 * Viettel Post's webhook `DATA`. Only the fields below are read and validated; the others (`ORDER_REFERENCE`,
 * `STATUS_NAME`, `MONEY_FEECOD`, `MONEY_TOTAL`, `EXPECTED_DELIVERY`, `PRODUCT_WEIGHT`, `ORDER_SERVICE`…) are
 * accepted and ignored.
 */
export class ViettelPostDataBody implements ViettelPostStatusUpdate {
  @ApiProperty({ example: '1034538162', description: 'Viettel Post’s waybill number: the tracking number the shipment was registered with.' })
  @Transform(digitsOfNumber)
  @IsString() @Matches(TRACKING_NUMBER, { message: 'ORDER_NUMBER must be 1–64 letters, digits, dashes or underscores' })
  ORDER_NUMBER!: string;

  @ApiProperty({ example: 500, description: 'Viettel Post’s numeric status (100 … 550); an unknown one is recorded as EXCEPTION, flagged, raw code kept; 202 (waybill edited) is acknowledged and ignored.' })
  @Transform(numberOfDigits)
  @IsInt()
  ORDER_STATUS!: number;

  @ApiProperty({ example: '02/06/2025 09:15:00', description: '`dd/MM/yyyy HH:mm:ss`, Vietnam time (UTC+7).' })
  @IsCourierTime(parseViettelPostDate, 'dd/MM/yyyy HH:mm:ss (Vietnam time)')
  ORDER_STATUSDATE!: string;

  @ApiPropertyOptional({ example: 'Bưu cục Quận 1 - Hồ Chí Minh', description: 'Where the parcel is (Viettel Post’s spelling).' })
  @IsOptional() @IsString() @MaxLength(500)
  LOCALION_CURRENTLY?: string | null;

  @ApiPropertyOptional({ example: 'Khách hẹn giao lại', description: 'The note.' })
  @IsOptional() @IsString() @MaxLength(1000)
  NOTE?: string | null;

  @ApiPropertyOptional({ example: 350_000, description: 'Cash on delivery, whole VND.' })
  @IsOptional() @IsVndAmount()
  MONEY_COLLECTION?: number | null;
}

/** Viettel Post's webhook body: the status update and the token configured for this courier. */
export class ViettelPostWebhookBody {
  @ApiProperty({ type: ViettelPostDataBody })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ViettelPostDataBody)
  DATA!: ViettelPostDataBody;

  @ApiProperty({ example: 'tcn_…', description: 'The courier’s native webhook token (issued by an operator), configured in Viettel Post’s webhook settings.' })
  @IsString()
  TOKEN!: string;
}
