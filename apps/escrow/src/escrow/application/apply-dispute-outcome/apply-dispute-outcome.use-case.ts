import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { CLOCK, type Clock, toVnd } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowLookup } from '../shared/escrow-lookup';
import { EscrowMoney } from '../shared/escrow-money.service';
import { EscrowTransitions } from '../shared/escrow-transitions';
import { recordHoldReleased } from '../shared/hold-released';

/**
 * The money outcome of a dispute whose hold escrow accepted:
 * - `disputes.dispute-resolved` REFUND_FULL → full refund; REFUND_PARTIAL → that refund, the rest released (fee
 *   on the released part only); RELEASE_TO_SELLER → release; RETURN_AND_REFUND → the hold stays until the
 *   return shipment is delivered to the seller (then the refund), or until disputes says the return was not
 *   shipped in time (`disputes.return-deadline-passed` → release).
 * An outcome for a dispute that holds no money here (hold refused) moves nothing: disputes asks for a
 * claw-back instead.
 */
@Injectable()
export class ApplyDisputeOutcomeUseCase {
  constructor(
    private readonly lookup: EscrowLookup,
    private readonly transitions: EscrowTransitions,
    private readonly money: EscrowMoney,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async resolved(m: EntityManager, event: EventOf<'disputes.dispute-resolved'>): Promise<void> {
    const { disputeId, outcome } = event.data;
    const escrow = await this.heldFor(m, event, disputeId);
    if (!escrow) return;
    const refund = toVnd(event.data.refundAmount);
    const cause = { disputeId };
    if (outcome === 'RETURN_AND_REFUND') {
      await this.transitions.patch(m, escrow, { returnRefundAmount: refund }, this.clock.now());
      return;
    }
    await this.holdEnded(m, escrow, disputeId);
    if (outcome === 'RELEASE_TO_SELLER') await this.money.release(m, escrow, 'DISPUTE_OUTCOME', cause);
    else if (outcome === 'REFUND_FULL') await this.money.refundAll(m, escrow, 'REFUNDED', 'DISPUTE_OUTCOME', cause);
    else await this.money.refundPart(m, escrow, refund, 'DISPUTE_OUTCOME', cause);
  }

  async returnNotShipped(m: EntityManager, event: EventOf<'disputes.return-deadline-passed'>): Promise<void> {
    const { disputeId } = event.data;
    const escrow = await this.heldFor(m, event, disputeId);
    if (!escrow || escrow.returnRefundAmount === null) return;
    await this.holdEnded(m, escrow, disputeId);
    await this.money.release(m, escrow, 'RETURN_NOT_SHIPPED', { disputeId });
  }

  /** The order's escrow, locked, if `disputeId` holds its money. */
  private async heldFor(m: EntityManager, event: EventOf<'disputes.dispute-resolved'> | EventOf<'disputes.return-deadline-passed'>, disputeId: string): Promise<EscrowRecord | null> {
    const escrow = await this.lookup.lockFor(m, event);
    return escrow?.state === 'ON_HOLD' && escrow.holdDisputeId === disputeId ? escrow : null;
  }

  private holdEnded(m: EntityManager, escrow: EscrowRecord, disputeId: string): Promise<void> {
    return recordHoldReleased(this.outbox, m, escrow, { disputeId, reason: 'DISPUTE_RESOLVED', inspectionEndsAt: null, at: this.clock.now() });
  }
}
