import { Inject, Injectable } from '@nestjs/common';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { addDays, ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowMoney } from './escrow-money.service';
import { EscrowTransitions } from './escrow-transitions';

/**
 * The buyer's inspection window: opened by the outbound delivery (FUNDED → IN_INSPECTION, ending `inspectionDays`
 * after the delivery), closed by the release deadline or an early confirmation of receipt (→ RELEASED). The
 * release deadline runs on the shared scheduler, so exactly one replica fires it.
 */
@Injectable()
export class InspectionWindow {
  constructor(
    private readonly transitions: EscrowTransitions,
    private readonly money: EscrowMoney,
    private readonly deadlines: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Opens the window of a FUNDED escrow whose parcel was delivered at `deliveredAt` (a late event may open a window already over: it then ends at the next sweep). */
  async open(m: EntityManager, escrow: EscrowRecord, deliveredAt: Date, shipmentId: string): Promise<void> {
    const endsAt = addDays(deliveredAt, escrow.inspectionDays);
    await this.resume(m, escrow, endsAt);
    await this.outbox.record(m, 'escrow.inspection-started', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      shipmentId,
      deliveredAt: deliveredAt.toISOString(),
      inspectionDays: escrow.inspectionDays,
      endsAt: endsAt.toISOString(),
    });
  }

  /** Moves the escrow into IN_INSPECTION ending at `endsAt` and schedules the release (no event: the caller says why). */
  async resume(m: EntityManager, escrow: EscrowRecord, endsAt: Date): Promise<void> {
    await this.transitions.move(m, escrow, 'IN_INSPECTION', { inspectionEndsAt: endsAt, holdDisputeId: null, holdFromState: null, holdInspectionLeftMs: null }, this.clock.now());
    await this.deadlines.schedule(m, ESCROW_DEADLINES.INSPECTION_END, escrow.id, endsAt);
  }

  /** Ends the window of an IN_INSPECTION escrow and releases the money to the seller. */
  async close(m: EntityManager, escrow: EscrowRecord, reason: 'WINDOW_ELAPSED' | 'RECEIPT_CONFIRMED'): Promise<void> {
    const now = this.clock.now();
    await this.deadlines.cancel(m, ESCROW_DEADLINES.INSPECTION_END, escrow.id);
    await this.outbox.record(m, 'escrow.inspection-ended', { orderId: escrow.orderId, escrowId: escrow.id, reason, endedAt: now.toISOString() });
    await this.money.release(m, escrow, reason === 'WINDOW_ELAPSED' ? 'INSPECTION_WINDOW_ELAPSED' : 'RECEIPT_CONFIRMED');
  }
}
