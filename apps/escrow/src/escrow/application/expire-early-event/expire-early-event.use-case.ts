import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { CancelEscrowUseCase } from '../cancel-escrow/cancel-escrow.use-case';
import { PlaceHoldUseCase } from '../place-hold/place-hold.use-case';
import { EscrowLookup } from '../shared/escrow-lookup';

/**
 * An event waited EARLY_EVENT_WAIT_MINUTES for an order escrow never saw. A request is answered (hold or
 * cancellation refused, UNKNOWN_ORDER), so the asking service can go on; any other fact is raised to operators,
 * since money rules could not apply it.
 */
@Injectable()
export class ExpireEarlyEventUseCase {
  constructor(
    private readonly lookup: EscrowLookup,
    private readonly placeHold: PlaceHoldUseCase,
    private readonly cancel: CancelEscrowUseCase,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, eventId: string): Promise<void> {
    const event = await this.lookup.takeExpired(m, eventId);
    if (!event) return;
    if (event.type === 'disputes.hold-requested') return this.placeHold.refuseUnknown(m, event);
    if (event.type === 'orders.cancellation-requested') return this.cancel.refuseUnknown(m, event);
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: 'ESCROW_EVENT_WITHOUT_ORDER',
      message: `Escrow received ${event.type} (event ${event.id}) for order ${event.data.orderId}, which it has never seen; it was not applied. Check the order and the producer.`,
      service: 'escrow',
      orderId: event.data.orderId,
      raisedAt: this.clock.now().toISOString(),
    });
  }
}
