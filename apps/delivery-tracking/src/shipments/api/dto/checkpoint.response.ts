import { ApiProperty } from '@nestjs/swagger';
import { SHIPMENT_FLAG_REASONS, SHIPMENT_STATUSES, type ShipmentFlagReason, type ShipmentStatus } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import type { CheckpointRecord } from '../../../tracking/infrastructure/checkpoint.orm-entity';

/** One checkpoint of a shipment's timeline. */
export class CheckpointResponse {
  @ApiProperty({ enum: SHIPMENT_STATUSES }) status!: ShipmentStatus;
  @ApiProperty({ description: 'The courier’s own status code, as sent.' }) rawStatus!: string;
  @ApiProperty({ description: 'When it happened (the timeline’s order).' }) occurredAt!: string;
  @ApiProperty({ description: 'When it reached us.' }) receivedAt!: string;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Cash collected on delivery, whole VND.' }) codAmount!: number | null;
  @ApiProperty({ description: 'Arrived after a later checkpoint: in place, not the current status.' }) late!: boolean;
  @ApiProperty({ description: 'Flagged for operators.' }) flagged!: boolean;
  @ApiProperty({ nullable: true, enum: SHIPMENT_FLAG_REASONS }) flagReason!: ShipmentFlagReason | null;

  static of(c: CheckpointRecord): CheckpointResponse {
    return {
      status: c.status,
      rawStatus: c.rawStatus,
      occurredAt: c.occurredAt.toISOString(),
      receivedAt: c.receivedAt.toISOString(),
      location: c.location,
      note: c.note,
      codAmount: c.codAmount === null ? null : vndToWire(c.codAmount),
      late: c.late,
      flagged: c.flagged,
      flagReason: c.flagReason,
    };
  }
}
