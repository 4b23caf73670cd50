import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BuyerRefundDestinationRecord } from '../../infrastructure/buyer-refund-destination.orm-entity';
import { type BuyerCodEscrow, buyerCodEscrow, type BuyerOrderGrant } from '../buyer-cod-escrow';

/** The destination (masked), `none` given yet, or why the buyer cannot have one. */
export type GetRefundDestinationResult = { kind: 'found'; record: BuyerRefundDestinationRecord } | { kind: 'none' } | Exclude<BuyerCodEscrow, { kind: 'found' }>;

/** The refund destination a cash-on-delivery buyer gave for the order their token opens. */
@Injectable()
export class GetRefundDestinationQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(orderCode: string, grant: BuyerOrderGrant): Promise<GetRefundDestinationResult> {
    const m = this.dataSource.manager;
    const found = await buyerCodEscrow(m, orderCode, grant, false);
    if (found.kind !== 'found') return found;
    const record = await m.findOneBy(BuyerRefundDestinationRecord, { escrowId: found.escrow.id });
    return record ? { kind: 'found', record } : { kind: 'none' };
  }
}
