import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { InstructionRecord } from '../../infrastructure/instruction.orm-entity';
import { InstructionEvents } from './instruction-events';
import { InstructionInFlight } from './instruction-in-flight';
import { InstructionStore } from './instruction-store';
import type { InstructionTarget } from './instruction-target';

/**
 * Issues instructions that waited for an account (AWAITING_ACCOUNT → PENDING, pointed at the account now known,
 * their settlement posted pending in the ledger, `escrow.*-instruction-issued` recorded), oldest first, in the
 * caller's transaction.
 */
@Injectable()
export class AwaitingInstructionRelease {
  constructor(
    private readonly store: InstructionStore,
    private readonly events: InstructionEvents,
    private readonly inFlight: InstructionInFlight,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Releases every waiting instruction matching `where`, each pointed by `pointAt`; answers how many. */
  async release(m: EntityManager, where: FindOptionsWhere<InstructionRecord>, pointAt: (instructionId: string) => InstructionTarget): Promise<number> {
    const waiting = await m.find(InstructionRecord, {
      where: { ...where, status: 'AWAITING_ACCOUNT' },
      order: { issuedAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    for (const instruction of waiting) {
      await this.store.patch(m, instruction, { ...pointAt(instruction.id), status: 'PENDING', issuedAt: now }, now);
      await this.inFlight.hold(m, instruction);
      await this.events.issued(m, instruction);
    }
    return waiting.length;
  }
}
