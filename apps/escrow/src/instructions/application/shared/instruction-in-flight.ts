import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { settlementTransactionOf, type SettlingInstruction } from '../../domain/instruction-settlement';

/**
 * The ledger side of an instruction in flight (two-phase, after TigerBeetle's pending transfers). When an
 * instruction becomes PENDING (issued to its partner, released from waiting for an account, re-issued after a
 * failure) its settlement movement is posted PENDING, keyed by the instruction: the payable's available view drops
 * by the money in flight, and the partner clearing's pending view shows it leaving. A retry re-issues the same key,
 * so it posts nothing more. FAILED and ESCALATED keep it (the money is still owed and in flight or stuck). When the
 * partner reports SETTLED, the pending transaction is posted for good; an instruction issued before pending
 * transactions existed posts its settlement directly.
 */
@Injectable()
export class InstructionInFlight {
  constructor(private readonly ledger: LedgerService) {}

  /** Posts the instruction's settlement movement PENDING (idempotent: a second call posts nothing). */
  async hold(m: EntityManager, i: SettlingInstruction): Promise<void> {
    await this.ledger.postPending(m, settlementTransactionOf(i));
  }

  /** Posts the settlement for good: resolves the pending transaction (POST), or posts directly if there is none. */
  async settle(m: EntityManager, i: SettlingInstruction): Promise<void> {
    const tx = settlementTransactionOf(i);
    if ((await this.ledger.statusOf(m, tx.idempotencyKey)) === 'PENDING') await this.ledger.resolvePending(m, tx.idempotencyKey, 'POST');
    else await this.ledger.post(m, tx);
  }
}
