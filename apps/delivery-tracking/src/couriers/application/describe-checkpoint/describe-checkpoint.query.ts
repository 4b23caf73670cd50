import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShipmentStatus } from '@trustcircle/contracts';
import type { DataSource } from 'typeorm';
import { ShipmentRecord } from '../../../shipments/infrastructure/shipment.orm-entity';
import { CheckpointRecord } from '../../../tracking/infrastructure/checkpoint.orm-entity';

/** A checkpoint as the courier sees it in an answer. */
export interface CheckpointSummary {
  checkpointId: string;
  shipmentId: string;
  status: ShipmentStatus;
  currentStatus: ShipmentStatus;
  late: boolean;
  flagged: boolean;
}

/** Reads a recorded checkpoint and its shipment's current status: the answer to a duplicate courier event. */
@Injectable()
export class DescribeCheckpointQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(checkpointId: string): Promise<CheckpointSummary> {
    const cp = await this.dataSource.manager.findOneByOrFail(CheckpointRecord, { id: checkpointId });
    const shipment = await this.dataSource.manager.findOneByOrFail(ShipmentRecord, { id: cp.shipmentId });
    return { checkpointId: cp.id, shipmentId: cp.shipmentId, status: cp.status, currentStatus: shipment.status ?? cp.status, late: cp.late, flagged: cp.flagged };
  }
}
