import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EscrowTransitions } from '../shared/escrow-transitions';
import { InspectionWindow } from '../shared/inspection-window';

/**
 * The inspection-end deadline fired: an escrow still IN_INSPECTION (no hold came first) is released to the
 * seller. Under the escrow's lock, so a hold taken at the same moment either comes first (then this does
 * nothing) or finds the money released (and is refused).
 */
@Injectable()
export class EndInspectionUseCase {
  constructor(
    private readonly transitions: EscrowTransitions,
    private readonly window: InspectionWindow,
  ) {}

  async execute(m: EntityManager, escrowId: string): Promise<void> {
    const escrow = await this.transitions.lockById(m, escrowId);
    if (escrow?.state !== 'IN_INSPECTION') return;
    await this.window.close(m, escrow, 'WINDOW_ELAPSED');
  }
}
