import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowTransitions } from './escrow-transitions';

/** The events escrow may receive before the order's escrow is open (they wait in `escrow.early_events`). */
export type EarlyEventType =
  | 'delivery.shipment-registered'
  | 'delivery.shipment-first-scanned'
  | 'delivery.shipment-delivered'
  | 'delivery.shipment-delivery-failed-finally'
  | 'delivery.shipment-returned'
  | 'delivery.shipment-lost'
  | 'disputes.hold-requested'
  | 'disputes.dispute-withdrawn'
  | 'disputes.dispute-resolved'
  | 'disputes.return-deadline-passed'
  | 'orders.cancellation-requested';

export type EarlyEvent = { [T in EarlyEventType]: EventOf<T> }[EarlyEventType];

/**
 * Finds and locks the escrow an event is about. The delivery, disputes and orders topics are not ordered with
 * each other, so an event can overtake `orders.order-placed` on its way to escrow: such an event is set aside in
 * `escrow.early_events` (in arrival order, once per event id) and the caller does nothing now. Opening the
 * escrow replays the waiting events; one still waiting after EARLY_EVENT_WAIT_MINUTES is answered or raised to
 * operators (`escrow.early-event-expiry`). The consumer never blocks its partition waiting for an order.
 */
@Injectable()
export class EscrowLookup {
  constructor(
    private readonly transitions: EscrowTransitions,
    private readonly deadlines: DeadlineScheduler,
    private readonly env: EscrowEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The order's escrow, locked; null when it is not open yet (the event is then set aside). */
  async lockFor(m: EntityManager, event: EarlyEvent): Promise<EscrowRecord | null> {
    const escrow = await this.transitions.lockByOrder(m, event.data.orderId);
    if (escrow) return escrow;
    const now = this.clock.now();
    const rows = (await m.query(
      `INSERT INTO "escrow"."early_events" ("event_id", "order_id", "type", "envelope", "received_at") VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("event_id") DO NOTHING RETURNING "event_id"`,
      [event.id, event.data.orderId, event.type, JSON.stringify(event), now],
    )) as unknown[];
    if (rows.length > 0) await this.deadlines.schedule(m, ESCROW_DEADLINES.EARLY_EVENT_EXPIRY, event.id, new Date(now.getTime() + this.env.EARLY_EVENT_WAIT_MINUTES * 60_000));
    return null;
  }

  /** Takes (deletes and answers, oldest first) the events that waited for this order's escrow. */
  async takeWaiting(m: EntityManager, orderId: string): Promise<EarlyEvent[]> {
    const rows = (await m.query(`DELETE FROM "escrow"."early_events" WHERE "order_id" = $1 RETURNING "seq", "envelope"`, [orderId])) as [Array<{ seq: string; envelope: EarlyEvent }>, number];
    const taken = rows[0].sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq)));
    for (const t of taken) await this.deadlines.cancel(m, ESCROW_DEADLINES.EARLY_EVENT_EXPIRY, t.envelope.id);
    return taken.map((t) => t.envelope);
  }

  /** Takes one waiting event whose time is up (null if its escrow opened meanwhile). */
  async takeExpired(m: EntityManager, eventId: string): Promise<EarlyEvent | null> {
    const rows = (await m.query(`DELETE FROM "escrow"."early_events" WHERE "event_id" = $1 RETURNING "envelope"`, [eventId])) as [Array<{ envelope: EarlyEvent }>, number];
    return rows[0][0]?.envelope ?? null;
  }
}
