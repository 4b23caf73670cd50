import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { ManualActionRecord } from '../../infrastructure/manual-action.orm-entity';

/** The manual actions of an order's escrow, oldest first; null when escrow knows no such order. */
@Injectable()
export class ListManualActionsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(orderId: string): Promise<ManualActionRecord[] | null> {
    const escrow = await this.dataSource.manager.findOneBy(EscrowRecord, { orderId });
    if (!escrow) return null;
    return this.dataSource.manager.find(ManualActionRecord, { where: { escrowId: escrow.id }, order: { proposedAt: 'ASC', id: 'ASC' } });
  }
}
