import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EscrowMoney } from '../shared/escrow-money.service';
import { EscrowTransitions } from '../shared/escrow-transitions';

/**
 * The ship-by deadline passed. If the courier still has not scanned the parcel (registering a tracking number
 * does not count) and the escrow is FUNDED, the buyer gets a full refund (SHIP_BY_MISSED). Under a hold the
 * dispute decides instead; a scan that beat the deadline cancelled it.
 */
@Injectable()
export class MissShipByUseCase {
  constructor(
    private readonly transitions: EscrowTransitions,
    private readonly money: EscrowMoney,
  ) {}

  async execute(m: EntityManager, escrowId: string): Promise<void> {
    const escrow = await this.transitions.lockById(m, escrowId);
    if (!escrow || escrow.state !== 'FUNDED' || escrow.firstScannedAt || escrow.deliveredAt) return;
    await this.money.refundAll(m, escrow, 'REFUNDED', 'SHIP_BY_MISSED');
  }
}
