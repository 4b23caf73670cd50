import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '@trustcircle/contracts';

/** What became of a native courier webhook. */
export const NATIVE_EVENT_RESULTS = ['accepted', 'duplicate', 'parked', 'ignored'] as const;
export type NativeEventResult = (typeof NATIVE_EVENT_RESULTS)[number];

/**
 * The answer (200) to a GHN or Viettel Post webhook: small, for a courier that only looks at the status code.
 * `accepted` (in the timeline), `duplicate` (already recorded, absorbed), `parked` (tracking number not
 * registered yet; applied if registered before `expiresAt`), `ignored` (a code that is not a movement).
 */
export class NativeEventResponse {
  @ApiProperty({ enum: NATIVE_EVENT_RESULTS })
  result!: NativeEventResult;

  @ApiProperty({ description: 'The courier’s own status code, as sent.' })
  rawStatus!: string;

  @ApiPropertyOptional({ enum: SHIPMENT_STATUSES, description: 'The canonical status it maps to (accepted, duplicate, parked).' })
  status?: ShipmentStatus;

  @ApiPropertyOptional({ description: 'The code has no mapping: recorded as EXCEPTION and flagged for operators, raw code kept.' })
  unmapped?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'The checkpoint in the timeline (accepted, duplicate).' })
  checkpointId?: string;

  @ApiPropertyOptional({ enum: SHIPMENT_STATUSES, description: 'The shipment’s status now (accepted).' })
  currentStatus?: ShipmentStatus;

  @ApiPropertyOptional({ description: 'Happened before the current status: kept in its place (accepted).' })
  late?: boolean;

  @ApiPropertyOptional({ description: 'Flagged for operators (accepted).' })
  flagged?: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until when a parked event waits for its shipment (parked).' })
  expiresAt?: string;
}
