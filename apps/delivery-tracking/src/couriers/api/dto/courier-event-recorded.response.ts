import { ApiProperty } from '@nestjs/swagger';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '@trustcircle/contracts';

/**
 * The answer (201) to a courier event recorded in its shipment's timeline, or (201, `duplicate: true`) to the
 * same shipment, status and time again, absorbed: then it describes the checkpoint recorded the first time.
 */
export class CourierEventRecordedResponse {
  @ApiProperty({ format: 'uuid', description: 'The checkpoint in the timeline.' })
  checkpointId!: string;

  @ApiProperty({ format: 'uuid' })
  shipmentId!: string;

  @ApiProperty({ enum: SHIPMENT_STATUSES, description: 'The status of this event.' })
  status!: ShipmentStatus;

  @ApiProperty({ enum: SHIPMENT_STATUSES, description: 'The shipment’s status now (a late event never changes it).' })
  currentStatus!: ShipmentStatus;

  @ApiProperty({ description: 'Happened before the shipment’s current status: kept in its place in the timeline, not applied as current.' })
  late!: boolean;

  @ApiProperty({ description: 'Flagged for operators (contradicts a terminal status).' })
  flagged!: boolean;

  @ApiProperty({ description: 'True when this event had already been recorded (nothing changed).' })
  duplicate!: boolean;
}
