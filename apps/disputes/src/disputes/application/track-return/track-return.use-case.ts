import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';
import { DisputeResolutions } from '../shared/dispute-resolutions';
import { DisputeTransitions } from '../shared/dispute-transitions';

/**
 * The return shipment of a RETURN_AND_REFUND outcome, from delivery events of direction RETURN:
 * - its first scan meets the return deadline (the deadline and its reminder stop; the dispute waits for delivery);
 * - its delivery to the seller resolves the dispute (escrow refunds on the same event; with no money held, the
 *   claw-back is requested now).
 * Events of an order with no dispute awaiting a return change nothing.
 */
@Injectable()
export class TrackReturnUseCase {
  constructor(
    private readonly transitions: DisputeTransitions,
    private readonly resolutions: DisputeResolutions,
  ) {}

  async execute(m: EntityManager, event: EventOf<'delivery.shipment-first-scanned'> | EventOf<'delivery.shipment-delivered'>): Promise<void> {
    if (event.data.direction !== 'RETURN') return;
    const dispute = await this.transitions.lockOpenOfOrder(m, event.data.orderId);
    if (!dispute || dispute.state !== 'AWAITING_RETURN') return;
    const now = this.transitions.now();
    dispute.returnShippedAt ??= now;
    if (event.type === 'delivery.shipment-first-scanned') {
      await this.transitions.stopDeadlines(m, dispute);
      await m.save(dispute);
      return;
    }
    dispute.returnDeliveredAt = now;
    await this.transitions.trail(m, dispute, { role: 'SYSTEM', kind: 'RETURN_DELIVERED', amount: dispute.refundAmount }, now);
    await this.transitions.move(m, dispute, { trigger: 'RETURN_DELIVERED' }, now);
    if (dispute.moneyHeld === false) await this.resolutions.requestClawback(m, dispute, now);
    await m.save(dispute);
  }
}
