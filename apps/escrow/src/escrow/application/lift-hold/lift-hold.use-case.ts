import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import { EscrowLookup } from '../shared/escrow-lookup';
import { EscrowMoney } from '../shared/escrow-money.service';
import { EscrowTransitions } from '../shared/escrow-transitions';
import { recordHoldReleased } from '../shared/hold-released';
import { InspectionWindow } from '../shared/inspection-window';

const DAY_MS = 86_400_000;

/**
 * `disputes.dispute-withdrawn`: the hold lifts and the delivery-driven rules resume with every fact gathered
 * meanwhile: goods back with the seller → full refund; delivered → the rest of the inspection window (all of it
 * if the delivery came during the hold); not delivered → FUNDED again, with the ship-by deadline (refund at once
 * if it passed unscanned). A withdrawal of a dispute that holds nothing changes nothing.
 */
@Injectable()
export class LiftHoldUseCase {
  constructor(
    private readonly lookup: EscrowLookup,
    private readonly transitions: EscrowTransitions,
    private readonly window: InspectionWindow,
    private readonly money: EscrowMoney,
    private readonly deadlines: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, event: EventOf<'disputes.dispute-withdrawn'>): Promise<void> {
    const { disputeId } = event.data;
    const escrow = await this.lookup.lockFor(m, event);
    if (!escrow || escrow.state !== 'ON_HOLD' || escrow.holdDisputeId !== disputeId) return;
    const now = this.clock.now();
    const hold = { disputeId, reason: 'DISPUTE_WITHDRAWN' as const, at: now };

    if (escrow.returnedAt) {
      await recordHoldReleased(this.outbox, m, escrow, { ...hold, inspectionEndsAt: null });
      await this.money.refundAll(m, escrow, 'REFUNDED', 'RETURN_DELIVERED');
    } else if (escrow.deliveredAt) {
      const left = escrow.holdFromState === 'IN_INSPECTION' && escrow.holdInspectionLeftMs !== null ? escrow.holdInspectionLeftMs : escrow.inspectionDays * DAY_MS;
      const endsAt = new Date(now.getTime() + left);
      await recordHoldReleased(this.outbox, m, escrow, { ...hold, inspectionEndsAt: endsAt });
      await this.window.resume(m, escrow, endsAt);
    } else {
      await recordHoldReleased(this.outbox, m, escrow, { ...hold, inspectionEndsAt: null });
      await this.transitions.move(m, escrow, 'FUNDED', { holdDisputeId: null, holdFromState: null, holdInspectionLeftMs: null }, now);
      if (escrow.firstScannedAt || !escrow.shipByAt) return;
      if (escrow.shipByAt.getTime() <= now.getTime()) await this.money.refundAll(m, escrow, 'REFUNDED', 'SHIP_BY_MISSED');
      else await this.deadlines.schedule(m, ESCROW_DEADLINES.SHIP_BY, escrow.id, escrow.shipByAt);
    }
  }
}
