import { ApiProperty } from '@nestjs/swagger';
import { SafeDeliveryThresholdsResponse } from './safe-delivery-thresholds.response';

/** The safe-delivery label: earned after 30 consecutive days over every threshold. */
export class SafeDeliveryLabelResponse {
  @ApiProperty({ example: true })
  safeDelivery!: boolean;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    example: '2026-11-02',
    description: 'The first day the courier carried it (the 30th qualifying day in a row); null without the label.',
  })
  since!: string | null;

  @ApiProperty({ type: SafeDeliveryThresholdsResponse })
  thresholds!: SafeDeliveryThresholdsResponse;
}
