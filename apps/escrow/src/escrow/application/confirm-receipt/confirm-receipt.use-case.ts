import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EscrowState } from '@trustcircle/contracts';
import type { DataSource } from 'typeorm';
import { EscrowTransitions } from '../shared/escrow-transitions';
import { InspectionWindow } from '../shared/inspection-window';

/** What confirming receipt did: released now, already released earlier, not possible in this state, or no such escrow. */
export type ConfirmReceiptResult = { kind: 'released' | 'already-released'; state: EscrowState } | { kind: 'not-in-inspection'; state: EscrowState } | { kind: 'not-found' };

const RELEASED: readonly EscrowState[] = ['RELEASED', 'PAID_OUT'];

/**
 * The buyer confirms receipt during the inspection window: the window ends now (RECEIPT_CONFIRMED), which also
 * ends the time to open a dispute, and the money is released to the seller. Only the order the buyer token
 * opens can be confirmed (anything else is not found). Once the money is released (by this or the window's
 * end) a repeat answers `already-released`.
 */
@Injectable()
export class ConfirmReceiptUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: EscrowTransitions,
    private readonly window: InspectionWindow,
  ) {}

  async execute(orderCode: string, grant: { orderId: string; orderCode: string }): Promise<ConfirmReceiptResult> {
    if (grant.orderCode !== orderCode) return { kind: 'not-found' };
    return this.dataSource.transaction(async (m) => {
      const escrow = await this.transitions.lockByOrder(m, grant.orderId);
      if (!escrow || escrow.orderCode !== orderCode) return { kind: 'not-found' } as const;
      if (RELEASED.includes(escrow.state)) return { kind: 'already-released', state: escrow.state } as const;
      if (escrow.state !== 'IN_INSPECTION') return { kind: 'not-in-inspection', state: escrow.state } as const;
      await this.window.close(m, escrow, 'RECEIPT_CONFIRMED');
      return { kind: 'released', state: escrow.state } as const;
    });
  }
}
