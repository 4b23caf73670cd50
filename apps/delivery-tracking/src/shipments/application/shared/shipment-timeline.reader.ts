import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { CheckpointRecord } from '../../../tracking/infrastructure/checkpoint.orm-entity';
import type { ShipmentRecord } from '../../infrastructure/shipment.orm-entity';

/** A shipment with its timeline: checkpoints by when they happened, then by when they arrived. */
export interface ShipmentWithTimeline {
  shipment: ShipmentRecord;
  timeline: CheckpointRecord[];
}

/** Reads shipments' timelines (one query for many shipments). */
@Injectable()
export class ShipmentTimelineReader {
  async withTimelines(m: EntityManager, shipments: ShipmentRecord[]): Promise<ShipmentWithTimeline[]> {
    if (shipments.length === 0) return [];
    const checkpoints = await m.find(CheckpointRecord, {
      where: { shipmentId: In(shipments.map((s) => s.id)) },
      order: { occurredAt: 'ASC', receivedAt: 'ASC', id: 'ASC' },
    });
    const byShipment = new Map<string, CheckpointRecord[]>(shipments.map((s) => [s.id, []]));
    for (const c of checkpoints) byShipment.get(c.shipmentId)?.push(c);
    return shipments.map((shipment) => ({ shipment, timeline: byShipment.get(shipment.id) ?? [] }));
  }
}
