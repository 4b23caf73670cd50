import { Inject, Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { InstructionRecord } from '../../infrastructure/instruction.orm-entity';
import { CodRefundDestination } from '../shared/cod-refund-destination';
import { InstructionEvents } from '../shared/instruction-events';
import { InstructionInFlight } from '../shared/instruction-in-flight';
import { InstructionStore } from '../shared/instruction-store';
import type { InstructionTarget } from '../shared/instruction-target';
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
 * the registered one, which the marketplace may have corrected since the failure); a cash-on-delivery refund at the
 * buyer's current refund destination (which the buyer may correct while the refund is FAILED).
 */
@Injectable()
@HandlesDeadline(INSTRUCTION_RETRY_DEADLINE)
export class InstructionRetryHandler implements DeadlineHandler<InstructionRetryPayload> {
  constructor(
    private readonly store: InstructionStore,
    private readonly events: InstructionEvents,
    private readonly inFlight: InstructionInFlight,
    private readonly accounts: PayoutAccountResolver,
    private readonly codRefunds: CodRefundDestination,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onDue(deadline: DueDeadline<InstructionRetryPayload>, m: EntityManager): Promise<void> {
    // The escrow first, then the instruction (the order every escrow use case takes): a buyer correcting a COD
    // refund's destination meanwhile is either seen here or sees this retry PENDING.
    const peek = await m.findOneBy(InstructionRecord, { id: deadline.subjectId });
    const escrow = peek?.escrowId ? await m.findOne(EscrowRecord, { where: { id: peek.escrowId }, lock: { mode: 'pessimistic_write' } }) : null;
    const instruction = await this.store.lock(m, deadline.subjectId);
    if (!instruction || instruction.status !== 'FAILED' || instruction.attempt !== deadline.payload.attempt) return;
    const now = this.clock.now();
    const target = escrow ? await this.currentTarget(m, instruction, escrow) : {};
    await this.store.patch(m, instruction, { ...target, status: 'PENDING', attempt: instruction.attempt + 1, nextAttemptAt: null, issuedAt: now }, now);
    // Still in flight since its first issue (same key: nothing more); one issued before pending transactions gets its own now.
    await this.inFlight.hold(m, instruction);
    await this.events.issued(m, instruction);
  }

  /** Where the instruction goes now: a payout to the seller's current account, a COD refund to the buyer's current destination. */
  private async currentTarget(m: EntityManager, instruction: InstructionRecord, escrow: EscrowRecord): Promise<Partial<InstructionTarget>> {
    if (instruction.kind === 'PAYOUT' && instruction.sellerId) {
      const account = await this.accounts.accountFor(m, escrow);
      return account ? this.accounts.pointAt(instruction.id, instruction.sellerId, account) : {};
    }
    const route = await this.codRefunds.routeFor(m, escrow);
    return route.kind === 'BUYER_DESTINATION' && route.destination ? this.codRefunds.pointAt(instruction.id, route.destination) : {};
  }
}
