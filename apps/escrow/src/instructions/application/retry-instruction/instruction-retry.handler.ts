import { Inject, Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { InstructionEvents } from '../shared/instruction-events';
import { InstructionInFlight } from '../shared/instruction-in-flight';
import { InstructionStore } from '../shared/instruction-store';
import { PayoutAccountResolver } from '../shared/payout-account-resolver';

/** The deadline kind of a failed instruction's next attempt (subject: the instruction id). */
export const INSTRUCTION_RETRY_DEADLINE = 'instruction-retry';

/** The payload of an `instruction-retry` deadline: the attempt that failed. */
export interface InstructionRetryPayload extends Record<string, unknown> {
  attempt: number;
}

/**
 * Re-issues a failed instruction when its backoff is over: FAILED → PENDING with attempt + 1 and a new
 * `escrow.*-instruction-issued` event. A payout is pointed again at the seller's current account (the order's, else
 * the registered one, which the marketplace may have corrected since the failure).
 */
@Injectable()
@HandlesDeadline(INSTRUCTION_RETRY_DEADLINE)
export class InstructionRetryHandler implements DeadlineHandler<InstructionRetryPayload> {
  constructor(
    private readonly store: InstructionStore,
    private readonly events: InstructionEvents,
    private readonly inFlight: InstructionInFlight,
    private readonly accounts: PayoutAccountResolver,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onDue(deadline: DueDeadline<InstructionRetryPayload>, m: EntityManager): Promise<void> {
    const instruction = await this.store.lock(m, deadline.subjectId);
    if (!instruction || instruction.status !== 'FAILED' || instruction.attempt !== deadline.payload.attempt) return;
    const now = this.clock.now();
    let target = {};
    if (instruction.kind === 'PAYOUT' && instruction.escrowId && instruction.sellerId) {
      const escrow = await m.findOneByOrFail(EscrowRecord, { id: instruction.escrowId });
      const account = await this.accounts.accountFor(m, escrow);
      if (account) target = this.accounts.pointAt(instruction.id, instruction.sellerId, account);
    }
    await this.store.patch(m, instruction, { ...target, status: 'PENDING', attempt: instruction.attempt + 1, nextAttemptAt: null, issuedAt: now }, now);
    // Still in flight since its first issue (same key: nothing more); one issued before pending transactions gets its own now.
    await this.inFlight.hold(m, instruction);
    await this.events.issued(m, instruction);
  }
}
