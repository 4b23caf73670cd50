import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { DisputeResolutions } from '../shared/dispute-resolutions';
import { DisputeTransitions } from '../shared/dispute-transitions';

/**
 * Escrow answered the dispute's hold request: the dispute records whether money is held (on its trail and as
 * `disputes.hold-outcome-recorded`). A refusal does not stop the dispute; its refund becomes a claw-back request,
 * at once if the dispute was already resolved with a refund before the answer came. Recorded once: a second
 * answer for the same dispute changes nothing.
 */
@Injectable()
export class RecordHoldOutcomeUseCase {
  constructor(
    private readonly transitions: DisputeTransitions,
    private readonly resolutions: DisputeResolutions,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(m: EntityManager, event: EventOf<'escrow.hold-accepted'> | EventOf<'escrow.hold-refused'>): Promise<void> {
    const dispute = await this.transitions.lock(m, event.data.disputeId);
    if (!dispute || dispute.orderId !== event.data.orderId || dispute.moneyHeld !== null) return;
    const now = this.transitions.now();
    const accepted = event.type === 'escrow.hold-accepted';
    const refusalReason = event.type === 'escrow.hold-refused' ? event.data.reason : null;
    dispute.moneyHeld = accepted;
    dispute.holdRefusalReason = refusalReason;
    await this.transitions.trail(m, dispute, { role: 'SYSTEM', kind: accepted ? 'HOLD_ACCEPTED' : 'HOLD_REFUSED', body: refusalReason }, now);
    await this.outbox.record(m, 'disputes.hold-outcome-recorded', {
      orderId: dispute.orderId,
      disputeId: dispute.id,
      outcome: accepted ? 'ACCEPTED' : 'REFUSED',
      refusalReason,
      moneyHeld: accepted,
      escrowEventId: event.id,
      recordedAt: now.toISOString(),
    });
    if (!accepted) await this.resolutions.requestClawback(m, dispute, now);
    await m.save(dispute);
  }
}
