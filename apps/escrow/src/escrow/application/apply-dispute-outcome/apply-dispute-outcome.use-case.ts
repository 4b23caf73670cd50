import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { CLOCK, type Clock, toVnd } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { CodParcels } from '../../../cod/application/shared/cod-parcels';
import { pendingRefundOf } from '../../../cod/domain/pending-outcome';
import { DocumentIssuer } from '../../../documents/application/issue-document/document-issuer';
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
 * claw-back instead. An outcome escrow applies gets a signed decision record (DISPUTE_DECISION) in its chain.
 *
 * COD: escrow releases or refunds only money it holds. An outcome reached while none of the COD cash is remitted
 * yet is stored on the parcel (`pendingOutcome`: what the buyer gets back) and the hold is reported released; the
 * escrow stays ON_HOLD and the remittance that brings the cash applies the outcome to it. An outcome reached with
 * part of the cash held is applied to what is held; the rest follows it as it is remitted (see `EscrowMoney`).
 */
@Injectable()
export class ApplyDisputeOutcomeUseCase {
  constructor(
    private readonly lookup: EscrowLookup,
    private readonly transitions: EscrowTransitions,
    private readonly money: EscrowMoney,
    private readonly outbox: OutboxWriter,
    private readonly parcels: CodParcels,
    private readonly documents: DocumentIssuer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async resolved(m: EntityManager, event: EventOf<'disputes.dispute-resolved'>): Promise<void> {
    const { disputeId, outcome } = event.data;
    const escrow = await this.heldFor(m, event, disputeId);
    if (!escrow) return;
    await this.documents.issueFor(m, event); // the signed decision record, before the money it moves
    const refund = toVnd(event.data.refundAmount);
    const cause = { disputeId };
    if (outcome === 'RETURN_AND_REFUND') {
      await this.transitions.patch(m, escrow, { returnRefundAmount: refund }, this.clock.now());
      return;
    }
    if (escrow.paymentMethod === 'COD' && (await this.money.heldOf(m, escrow)) === 0n) {
      await this.awaitCash(m, escrow, disputeId, pendingRefundOf(outcome, event.data.refundAmount, escrow.expectedAmount));
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

  /** A COD escrow holding none of its cash yet: the outcome waits on its parcel for the remittance (once). */
  private async awaitCash(m: EntityManager, escrow: EscrowRecord, disputeId: string, refundAmount: bigint): Promise<void> {
    const parcel = await this.parcels.lock(m, escrow);
    if (!parcel) return;
    const stored = await this.parcels.storePendingOutcome(m, parcel, { disputeId, refundAmount: refundAmount.toString(), decidedAt: this.clock.now().toISOString() });
    if (stored) await this.holdEnded(m, escrow, disputeId);
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
