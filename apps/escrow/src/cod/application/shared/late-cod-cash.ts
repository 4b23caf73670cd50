import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { DocumentedOutbox } from '../../../documents/application/issue-document/documented-outbox';
import { recordRefunded, recordReleased } from '../../../escrow/application/shared/money-events';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { InstructionIssuer } from '../../../instructions/application/instruction-issuer';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { partialRefundTransaction, refundTransaction, releaseSplit, releaseTransaction } from '../../../ledger/domain/money-movements';
import { afterLateRefund, fallbackLateMoney, splitLateMoney } from '../../domain/late-money';
import type { CodParcelRecord } from '../../infrastructure/cod-parcel.orm-entity';
import { CodParcels } from './cod-parcels';

/**
 * COD cash remitted after its escrow decided its money (the window ended, a dispute was resolved, an operator
 * acted) follows that decision at once, in the remittance's transaction: the line's cash, just funded, leaves held
 * funds the same moment, refunded to the buyer up to what the decision still owes them and released to the seller
 * (fee taken) for the rest (`splitLateMoney`). Everything is keyed by the remittance line, so each line's cash moves
 * once: ledger transactions `<lineId>:RELEASE | REFUND | PARTIAL_REFUND`, instructions `release:<lineId>` and
 * `refund:<lineId>`. The escrow keeps its state (RELEASED, PAID_OUT, REFUNDED, PARTIALLY_REFUNDED): the money
 * decision is not changed by cash arriving late; `escrow.escrow-released` / `escrow.escrow-refunded` and the
 * instructions tell where the cash went.
 */
@Injectable()
export class LateCodCash {
  constructor(
    private readonly ledger: LedgerService,
    private readonly outbox: DocumentedOutbox,
    private readonly issuer: InstructionIssuer,
    private readonly parcels: CodParcels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async settle(m: EntityManager, escrow: EscrowRecord, parcel: CodParcelRecord, lineId: string, amount: Vnd): Promise<void> {
    const now = this.clock.now();
    const rule = parcel.lateMoney ?? fallbackLateMoney(escrow.state, now);
    const { refund, release } = splitLateMoney(amount, rule);
    const cause = { escrowId: escrow.id, orderId: escrow.orderId, causeId: lineId };
    if (refund > 0n && release > 0n) {
      await this.ledger.post(m, partialRefundTransaction({ ...cause, sellerId: escrow.sellerId, held: amount, refund, feeBps: escrow.feeBps }));
    } else if (refund > 0n) {
      await this.ledger.post(m, refundTransaction({ ...cause, amount: refund }));
    } else {
      await this.ledger.post(m, releaseTransaction({ ...cause, sellerId: escrow.sellerId, amount: release, feeBps: escrow.feeBps }));
    }
    if (refund > 0n) {
      const reason = rule.refundReason ?? 'OPERATOR';
      await recordRefunded(this.outbox, m, escrow, { refundType: release > 0n ? 'PARTIAL' : 'FULL', amount: refund, reason, disputeId: rule.disputeId, at: now });
      await this.issuer.issueRefund(m, escrow, refund, reason, `refund:${lineId}`);
      await this.parcels.setLateMoney(m, parcel, afterLateRefund(rule, refund));
    }
    if (release > 0n) {
      await recordReleased(this.outbox, m, escrow, { amount: release, reason: rule.releaseReason ?? 'OPERATOR', afterPartialRefund: refund > 0n, disputeId: rule.disputeId, at: now });
      const split = releaseSplit(release, escrow.feeBps);
      if (split.seller > 0n) await this.issuer.issuePayout(m, escrow, split.seller, `release:${lineId}`);
    }
  }
}
