import { ApiProperty } from '@nestjs/swagger';
import type { ShipmentWithTimeline } from '../../application/shared/shipment-timeline.reader';
import { CheckpointResponse } from './checkpoint.response';
import { ShipmentSummaryResponse } from './shipment-summary.response';

/** A shipment with its timeline (checkpoints by when they happened, then by arrival). */
export class ShipmentResponse extends ShipmentSummaryResponse {
  @ApiProperty({ type: [CheckpointResponse] }) timeline!: CheckpointResponse[];

  static withTimeline(s: ShipmentWithTimeline): ShipmentResponse {
    return { ...ShipmentSummaryResponse.of(s.shipment), timeline: s.timeline.map((c) => CheckpointResponse.of(c)) };
  }
}
