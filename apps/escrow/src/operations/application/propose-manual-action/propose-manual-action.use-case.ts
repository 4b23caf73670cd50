import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ManualActionKind } from '@trustcircle/contracts';
import { CLOCK, type Clock, type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { DataSource, type EntityManager, In } from 'typeorm';
import { EscrowTransitions } from '../../../escrow/application/shared/escrow-transitions';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { clawbackLimit } from '../../../ledger/domain/clawback-movements';
import { type CorrectionLine, resolveCorrection } from '../../domain/correcting-entry';
import { kindAppliesIn, statesFor } from '../../domain/manual-action-rules';
import { ClawbackRequestRecord } from '../../infrastructure/clawback-request.orm-entity';
import { ManualActionRecord } from '../../infrastructure/manual-action.orm-entity';
import { correctionAccountsOf } from '../shared/correction-accounts';
import { correctionProblemText } from '../shared/correction-problem-text';
import { EscrowAmountsReader } from '../shared/escrow-amounts.reader';
import { actionNotApplicable, escrowNotFound, invalidProposal } from '../shared/operation-problems';

/** An admin operator's proposal. `amount` may be left out for a force release/refund (everything held) or a correcting entry (its total). */
export interface ProposeManualActionCommand {
  orderId: string;
  kind: ManualActionKind;
  amount: Vnd | null;
  reason: string;
  disputeId: string | null;
  postings: CorrectionLine[] | null;
  proposedBy: string;
}

/**
 * Proposes a manual money action on an order's escrow (under its row lock): checks it applies to the escrow now
 * (state, amount, postings), records it PROPOSED with `escrow.manual-action-proposed`, and links a CLAWBACK to
 * the open claw-back request of its dispute. Nothing moves until another admin approves.
 */
@Injectable()
export class ProposeManualActionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: EscrowTransitions,
    private readonly amounts: EscrowAmountsReader,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(cmd: ProposeManualActionCommand): Promise<ManualActionRecord> {
    return this.dataSource.transaction(async (m) => {
      const escrow = await this.transitions.lockByOrder(m, cmd.orderId);
      if (!escrow) throw escrowNotFound(cmd.orderId);
      if (cmd.postings && cmd.kind !== 'CORRECTING_ENTRY') throw invalidProposal('postings', 'Only a CORRECTING_ENTRY takes postings.');
      if (!kindAppliesIn(cmd.kind, escrow.state)) throw actionNotApplicable(`${cmd.kind} applies to an escrow in ${statesFor(cmd.kind)}; this one is ${escrow.state}.`);
      const amount = await this.amountOf(m, escrow, cmd);
      const now = this.clock.now();
      const action = m.create(ManualActionRecord, {
        id: randomUUID(),
        escrowId: escrow.id,
        orderId: escrow.orderId,
        kind: cmd.kind,
        amount,
        reason: cmd.reason,
        postings: cmd.postings?.map((p) => ({ accountCode: p.accountCode, side: p.side, amount: p.amount.toString() })) ?? null,
        disputeId: cmd.disputeId,
        status: 'PROPOSED',
        proposedBy: cmd.proposedBy,
        proposedAt: now,
        decidedBy: null,
        decidedAt: null,
        note: null,
      });
      await m.insert(ManualActionRecord, action);
      if (cmd.kind === 'CLAWBACK' && cmd.disputeId) {
        await m.update(ClawbackRequestRecord, { orderId: escrow.orderId, disputeId: cmd.disputeId, status: 'OPEN' }, { status: 'PROPOSED', actionId: action.id, updatedAt: now });
      }
      await this.outbox.record(m, 'escrow.manual-action-proposed', {
        orderId: escrow.orderId,
        actionId: action.id,
        escrowId: escrow.id,
        kind: cmd.kind,
        amount: vndToWire(amount),
        reason: cmd.reason,
        proposedBy: cmd.proposedBy,
        disputeId: cmd.disputeId,
        proposedAt: now.toISOString(),
      });
      return action;
    });
  }

  /** The amount the proposal moves, checked against the escrow's money now. */
  private async amountOf(m: EntityManager, escrow: EscrowRecord, cmd: ProposeManualActionCommand): Promise<Vnd> {
    const money = await this.amounts.of(m, escrow);
    switch (cmd.kind) {
      case 'FORCE_RELEASE':
      case 'FORCE_REFUND': {
        if (money.heldNow === 0n) throw actionNotApplicable('The escrow holds no money.');
        if (cmd.amount !== null && cmd.amount !== money.heldNow) throw invalidProposal('amount', `${cmd.kind} moves everything held: ${money.heldNow}.`);
        return money.heldNow;
      }
      case 'CLAWBACK': {
        if (cmd.amount === null || cmd.amount <= 0n) throw invalidProposal('amount', 'A claw-back needs an amount above 0.');
        const pending = await m.find(ManualActionRecord, { where: { escrowId: escrow.id, kind: 'CLAWBACK', status: In(['PROPOSED']) } });
        // Gross: the platform returns its fee share, so the buyer can get back all that was released (seller + fee).
        const limit = clawbackLimit(money.released, money.clawedBack + pending.reduce((s, a) => s + a.amount, 0n));
        if (cmd.amount > limit) throw invalidProposal('amount', `At most ${limit} can still be clawed back (released, fee included, less claw-backs recorded or proposed).`);
        return cmd.amount;
      }
      case 'CORRECTING_ENTRY': {
        if (!cmd.postings) throw invalidProposal('postings', 'A correcting entry needs its postings.');
        const resolved = resolveCorrection(cmd.postings, await correctionAccountsOf(m, cmd.postings), escrow);
        if (!resolved.ok) {
          const { field, detail } = correctionProblemText(resolved.problem);
          throw invalidProposal(field, detail);
        }
        if (cmd.amount !== null && cmd.amount !== resolved.total) throw invalidProposal('amount', `The amount of a correcting entry is its total debits: ${resolved.total}.`);
        return resolved.total;
      }
    }
  }
}
