import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, toVnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowMoney } from '../../../escrow/application/shared/escrow-money.service';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { InstructionIssuer } from '../../../instructions/application/instruction-issuer';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { clawbackLimit, clawbackSplit, clawbackTransaction } from '../../../ledger/domain/clawback-movements';
import { LedgerError } from '../../../ledger/domain/ledger-error';
import { idempotencyKeyOf, ledgerTransaction } from '../../../ledger/domain/ledger-transaction';
import { type CorrectionLine, resolveCorrection } from '../../domain/correcting-entry';
import { kindAppliesIn, statesFor } from '../../domain/manual-action-rules';
import { ClawbackRequestRecord } from '../../infrastructure/clawback-request.orm-entity';
import type { ManualActionRecord } from '../../infrastructure/manual-action.orm-entity';
import { correctionAccountsOf } from '../shared/correction-accounts';
import { correctionProblemText } from '../shared/correction-problem-text';
import { type EscrowAmounts, EscrowAmountsReader } from '../shared/escrow-amounts.reader';
import { actionNotApplicable, ledgerRefused } from '../shared/operation-problems';

/**
 * Executes an approved manual action on its locked escrow, in the approval's transaction: force release and
 * force refund through `EscrowMoney`, a correcting entry as one balanced CORRECTION ledger transaction, a
 * claw-back as SELLER_RECEIVABLE (seller share) + PLATFORM_FEE_REVENUE (fee share) → BUYER_REFUND_PAYABLE (whole
 * amount) with the buyer's refund instruction and `escrow.clawback-recorded`. Re-checks the escrow first: money may
 * have moved since the proposal (→ 409).
 */
@Injectable()
export class ManualActionExecutor {
  constructor(
    private readonly money: EscrowMoney,
    private readonly ledger: LedgerService,
    private readonly amounts: EscrowAmountsReader,
    private readonly issuer: InstructionIssuer,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, escrow: EscrowRecord, action: ManualActionRecord): Promise<void> {
    if (!kindAppliesIn(action.kind, escrow.state)) throw actionNotApplicable(`${action.kind} applies to an escrow in ${statesFor(action.kind)}; this one is ${escrow.state} now.`);
    const money = await this.amounts.of(m, escrow);
    const cause = { disputeId: action.disputeId };
    switch (action.kind) {
      case 'FORCE_RELEASE':
        if (money.heldNow !== action.amount) throw actionNotApplicable(`The escrow holds ${money.heldNow} now, not the ${action.amount} proposed.`);
        await this.money.release(m, escrow, 'OPERATOR', cause);
        return;
      case 'FORCE_REFUND':
        if (money.heldNow !== action.amount) throw actionNotApplicable(`The escrow holds ${money.heldNow} now, not the ${action.amount} proposed.`);
        await this.money.refundAll(m, escrow, 'REFUNDED', 'OPERATOR', cause);
        return;
      case 'CORRECTING_ENTRY':
        await this.correct(m, escrow, action);
        return;
      case 'CLAWBACK': {
        const limit = clawbackLimit(money.released, money.clawedBack);
        if (action.amount > limit) throw actionNotApplicable(`At most ${limit} can still be clawed back.`);
        await this.clawBack(m, escrow, action, money);
        return;
      }
    }
  }

  private async correct(m: EntityManager, escrow: EscrowRecord, action: ManualActionRecord): Promise<void> {
    const lines: CorrectionLine[] = (action.postings ?? []).map((p) => ({ accountCode: p.accountCode, side: p.side, amount: toVnd(p.amount) }));
    const resolved = resolveCorrection(lines, await correctionAccountsOf(m, lines), escrow);
    if (!resolved.ok) throw actionNotApplicable(correctionProblemText(resolved.problem).detail);
    await this.post(m, () =>
      ledgerTransaction({
        idempotencyKey: idempotencyKeyOf(action.id, 'CORRECTION'),
        purpose: 'CORRECTION',
        escrowId: escrow.id,
        orderId: escrow.orderId,
        postings: resolved.postings,
        metadata: { actionId: action.id, proposedBy: action.proposedBy, approvedBy: action.decidedBy ?? '' },
      }),
    );
  }

  /**
   * Posts the claw-back split between the seller and the platform's fee (`clawbackSplit` on the escrow's ledger
   * before it), refunds the buyer the whole amount and records `escrow.clawback-recorded` (amount: what the buyer
   * gets; the split is in the ledger transaction's metadata).
   */
  private async clawBack(m: EntityManager, escrow: EscrowRecord, action: ManualActionRecord, money: EscrowAmounts): Promise<void> {
    const now = this.clock.now();
    await this.post(m, () => {
      const split = clawbackSplit(action.amount, { releasedGross: money.released, feeTaken: money.fee, clawedBackBefore: money.clawedBack, feeReturnedBefore: money.feeReturned });
      return clawbackTransaction({
        escrowId: escrow.id,
        orderId: escrow.orderId,
        causeId: action.id,
        marketplaceId: escrow.marketplaceId,
        sellerId: escrow.sellerId,
        amount: action.amount,
        feeShare: split.fee,
      });
    });
    await this.issuer.issueRefund(m, escrow, action.amount, action.disputeId ? 'DISPUTE_OUTCOME' : 'OPERATOR', `clawback:${action.id}`);
    await this.outbox.record(m, 'escrow.clawback-recorded', {
      orderId: escrow.orderId,
      clawbackId: action.id,
      escrowId: escrow.id,
      disputeId: action.disputeId,
      marketplaceId: escrow.marketplaceId,
      sellerId: escrow.sellerId,
      amount: vndToWire(action.amount),
      proposedBy: action.proposedBy,
      approvedBy: action.decidedBy as string,
      recordedAt: now.toISOString(),
    });
    if (action.disputeId) {
      await m
        .createQueryBuilder()
        .update(ClawbackRequestRecord)
        .set({ status: 'DONE', actionId: action.id, updatedAt: now })
        .where('"order_id" = :orderId AND "dispute_id" = :disputeId AND ("action_id" = :actionId OR "status" = \'OPEN\')', { orderId: escrow.orderId, disputeId: action.disputeId, actionId: action.id })
        .execute();
    }
  }

  /** Posts to the ledger; a refusal (e.g. held funds would go negative) answers 409 and rolls everything back. */
  private async post(m: EntityManager, build: () => Parameters<LedgerService['post']>[1]): Promise<void> {
    try {
      await this.ledger.post(m, build());
    } catch (e) {
      if (e instanceof LedgerError) throw ledgerRefused(e.message);
      throw e;
    }
  }
}
