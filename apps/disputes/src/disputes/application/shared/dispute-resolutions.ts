import { Injectable } from '@nestjs/common';
import { vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { DisputeTrigger } from '../../domain/dispute-state-machine';
import { type DisputeResolution, type MoneyOutcomeError, moneyOutcome } from '../../domain/money-outcome';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { DisputeTransitions } from './dispute-transitions';

/**
 * Decides a dispute's money, inside the caller's transaction on the locked row: the outcome (never above the
 * order total) moves the dispute to RESOLVED (or AWAITING_RETURN for RETURN_AND_REFUND), `disputes.dispute-resolved`
 * tells escrow, and when escrow holds no money for the dispute a refund becomes `disputes.clawback-requested`
 * (at once, or once the return is delivered). If escrow has not answered the hold yet, the claw-back waits for
 * its answer (`RecordHoldOutcomeUseCase`).
 */
@Injectable()
export class DisputeResolutions {
  constructor(
    private readonly transitions: DisputeTransitions,
    private readonly outbox: OutboxWriter,
  ) {}

  async resolve(m: EntityManager, dispute: DisputeRecord, resolution: DisputeResolution, trigger: DisputeTrigger, now: Date): Promise<{ ok: true } | { ok: false; code: MoneyOutcomeError }> {
    const money = moneyOutcome(resolution, dispute.orderTotal, dispute.moneyHeld !== false);
    if (!money.ok) return money;
    const { outcome, refundAmount, resolvedBy, moneyHeld } = money.value;
    dispute.outcome = outcome;
    dispute.refundAmount = refundAmount;
    dispute.resolvedBy = resolvedBy;
    dispute.resolvedAt = now;
    await this.transitions.move(m, dispute, { trigger, outcome }, now);
    const resolved = await this.outbox.record(m, 'disputes.dispute-resolved', {
      orderId: dispute.orderId,
      disputeId: dispute.id,
      outcome,
      refundAmount: vndToWire(refundAmount),
      resolvedBy,
      moneyHeld,
      resolvedAt: now.toISOString(),
    });
    dispute.resolutionEventId = resolved.id;
    if (dispute.moneyHeld === false && outcome !== 'RETURN_AND_REFUND') await this.requestClawback(m, dispute, now);
    await m.save(dispute);
    return { ok: true };
  }

  /**
   * Asks escrow to claw back a refund it cannot pay from held money (the hold was refused), once per dispute:
   * only for a decided refund (RETURN_AND_REFUND once the return is delivered). Saves nothing itself.
   */
  async requestClawback(m: EntityManager, dispute: DisputeRecord, now: Date): Promise<void> {
    if (dispute.clawbackRequestedAt || !dispute.refundAmount || dispute.refundAmount <= 0n || !dispute.resolutionEventId) return;
    if (dispute.outcome === 'RETURN_AND_REFUND' && !dispute.returnDeliveredAt) return;
    await this.outbox.record(m, 'disputes.clawback-requested', {
      orderId: dispute.orderId,
      disputeId: dispute.id,
      amount: vndToWire(dispute.refundAmount),
      causeEventId: dispute.resolutionEventId,
      requestedAt: now.toISOString(),
    });
    dispute.clawbackRequestedAt = now;
  }
}
