import { ApiProperty } from '@nestjs/swagger';
import { SafeDeliveryLabelResponse } from './safe-delivery-label.response';
import { TrustTrendPointResponse } from './trust-trend-point.response';
import { TrustWindowsResponse } from './trust-windows.response';

/** A courier's public trust: two rolling windows, the 90-day trend of its 30-day score, and the safe-delivery label. */
export class CourierTrustResponse {
  @ApiProperty({ enum: ['courier'] })
  kind!: 'courier';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ nullable: true, type: String, example: 'Giao Hàng Nhanh' })
  name!: string | null;

  @ApiProperty({
    example: '2026-11-29T03:00:00.000Z',
    description: 'When the report was computed (ISO-8601 UTC).',
  })
  asOf!: string;

  @ApiProperty({ type: TrustWindowsResponse })
  windows!: TrustWindowsResponse;

  @ApiProperty({
    type: [TrustTrendPointResponse],
    description: 'The last 90 days, oldest first.',
  })
  trend!: TrustTrendPointResponse[];

  @ApiProperty({ type: SafeDeliveryLabelResponse })
  label!: SafeDeliveryLabelResponse;
}
