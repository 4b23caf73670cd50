import { Injectable } from '@nestjs/common';
import type { EscrowState } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';
import { CLOSED_STATES, escrowStateMachine } from '../../domain/escrow-state-machine';
import { EscrowRecord } from '../../infrastructure/escrow.orm-entity';

/** Columns a transition may change besides the state. */
export type EscrowPatch = Partial<Omit<EscrowRecord, 'id' | 'orderId' | 'state' | 'version'>>;

/**
 * Loads escrows under a row lock and moves them through the state machine. Every use case that decides about an
 * escrow locks it first (`SELECT … FOR UPDATE`), so two decisions about one escrow (a hold and the release
 * deadline, a cancellation and a first scan) are serialised: the second sees the first's outcome.
 */
@Injectable()
export class EscrowTransitions {
  /** The order's escrow, locked for the rest of the transaction; null if escrow knows no such order. */
  lockByOrder(m: EntityManager, orderId: string): Promise<EscrowRecord | null> {
    return m.findOne(EscrowRecord, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
  }

  lockById(m: EntityManager, id: string): Promise<EscrowRecord | null> {
    return m.findOne(EscrowRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Applies `patch` (no state change) to the locked escrow and to the row. */
  async patch(m: EntityManager, escrow: EscrowRecord, patch: EscrowPatch, now: Date): Promise<void> {
    Object.assign(escrow, patch, { updatedAt: now });
    await m.update(EscrowRecord, { id: escrow.id }, { ...patch, updatedAt: now });
  }

  /** Moves the locked escrow to `to` (asserting the state machine) with `patch`; the first closed state sets `closedAt`. */
  async move(m: EntityManager, escrow: EscrowRecord, to: EscrowState, patch: EscrowPatch, now: Date): Promise<void> {
    escrowStateMachine.assert(escrow.state, to);
    const closing = CLOSED_STATES.includes(to) && !escrow.closedAt;
    await this.patch(m, escrow, { ...patch, ...(closing ? { closedAt: now } : {}), state: to } as EscrowPatch, now);
  }
}
