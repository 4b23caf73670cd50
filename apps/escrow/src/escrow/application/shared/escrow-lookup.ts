import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowTransitions } from './escrow-transitions';

/** How long an event about an order may wait for the order's escrow to open (the topics are not ordered with each other). */
export const ESCROW_OPEN_GRACE_MS = 10 * 60_000;

/**
 * An event about an order whose escrow is not open yet. Events of other topics (delivery, disputes) can overtake
 * `orders.order-placed` on its way to escrow; the consumer retries this one (transient) until the escrow opens.
 */
export class EscrowNotOpenYet extends Error {
  override name = 'EscrowNotOpenYet';
  /** Tells the consumer's failure classifier to retry. */
  readonly retriable = true;
  constructor(orderId: string) {
    super(`escrow of order ${orderId} is not open yet; retrying`);
  }
}

/** Locks the escrow an event is about, waiting (by retry) a grace period for an escrow that is not open yet. */
@Injectable()
export class EscrowLookup {
  constructor(
    private readonly transitions: EscrowTransitions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The order's escrow, locked; null once the grace period is over (the order is unknown to escrow). @throws EscrowNotOpenYet within the grace period. */
  async lockFor(m: EntityManager, orderId: string, event: Pick<EventEnvelope, 'occurredAt'>): Promise<EscrowRecord | null> {
    const escrow = await this.transitions.lockByOrder(m, orderId);
    if (escrow) return escrow;
    const age = this.clock.now().getTime() - new Date(event.occurredAt).getTime();
    if (age < ESCROW_OPEN_GRACE_MS) throw new EscrowNotOpenYet(orderId);
    return null;
  }
}
