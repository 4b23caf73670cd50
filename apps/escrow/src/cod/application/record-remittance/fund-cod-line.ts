import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, toVnd, type Vnd, vndToWire } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { DocumentedOutbox } from '../../../documents/application/issue-document/documented-outbox';
import { EscrowMoney } from '../../../escrow/application/shared/escrow-money.service';
import { EscrowTransitions } from '../../../escrow/application/shared/escrow-transitions';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { PaymentRecord } from '../../../funding/infrastructure/payment.orm-entity';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { fundTransaction } from '../../../ledger/domain/money-movements';
import type { CodParcelRecord } from '../../infrastructure/cod-parcel.orm-entity';
import { CodParcels } from '../shared/cod-parcels';
import { LateCodCash } from '../shared/late-cod-cash';

/** One funded remittance line: its batch, its position and cash, and the ids it gets. */
export interface FundedCodLine {
  courierId: string;
  /** The payment partner holding the courier's collection account (the money is there). */
  collectionPartnerId: string;
  remittanceId: string;
  bankReference: string;
  transferredAt: Date;
  lineNo: number;
  lineId: string;
  paymentId: string;
  trackingNumber: string;
  amount: Vnd;
}

/**
 * The partner transaction id of a funded line's payment: `COD:<line id>`, unique and 40 characters, so it always
 * fits the 100-character references of partner statements (the courier's remittance id alone may be 100).
 */
export function codPartnerTxnId(line: Pick<FundedCodLine, 'lineId'>): string {
  return `COD:${line.lineId}`;
}

/**
 * Funds a COD escrow (locked, with its parcel locked) with one remittance line, in the batch's transaction:
 * 1. a payment of the collection partner (`COD:<line id>`, MATCHED, paid at the transfer), so
 *    payouts and refunds go through that partner exactly as for a prepaid payment;
 * 2. the ledger: DEBIT partner clearing (collection partner) / CREDIT held funds, keyed by the payment;
 * 3. the parcel's remitted amount, `escrow.cod-remitted`, and `escrow.escrow-funded` (COD_REMITTANCE) when the
 *    whole order total is remitted;
 * 4. what the cash does now, by the escrow's state: held (FUNDED, IN_INSPECTION, ON_HOLD); under a dispute whose
 *    outcome was decided before any cash came (`pendingOutcome`), that outcome applies now to what is held; after
 *    the escrow decided its money (RELEASED, PAID_OUT, REFUNDED, PARTIALLY_REFUNDED), the cash follows the decision
 *    at once (`LateCodCash`).
 */
@Injectable()
export class FundCodLine {
  constructor(
    private readonly ledger: LedgerService,
    private readonly outbox: DocumentedOutbox,
    private readonly parcels: CodParcels,
    private readonly money: EscrowMoney,
    private readonly lateCash: LateCodCash,
    private readonly transitions: EscrowTransitions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async fund(m: EntityManager, escrow: EscrowRecord, parcel: CodParcelRecord, line: FundedCodLine): Promise<void> {
    const now = this.clock.now();
    const complete = parcel.remittedAmount + line.amount === parcel.expectedAmount;
    await m.insert(PaymentRecord, {
      id: line.paymentId,
      partnerId: line.collectionPartnerId,
      partnerTxnId: codPartnerTxnId(line),
      status: 'MATCHED',
      escrowId: escrow.id,
      orderId: escrow.orderId,
      claimedOrderId: null,
      paymentReference: null,
      amount: line.amount,
      currency: 'VND',
      match: complete ? 'EXACT' : 'UNDERPAID',
      excessAmount: 0n,
      escrowState: escrow.state,
      paidAt: line.transferredAt,
      receivedAt: now,
      matchDeadline: null,
      matchedAt: null,
    });
    await this.ledger.post(m, fundTransaction({ escrowId: escrow.id, orderId: escrow.orderId, partnerId: line.collectionPartnerId, amount: line.amount, causeId: line.paymentId }));
    await this.parcels.remitted(m, parcel, line.amount);
    await this.recordRemitted(m, escrow, parcel, line, now);
    if (complete) await this.recordFunded(m, escrow, now);
    await this.followDecision(m, escrow, parcel, line);
    await m.update(PaymentRecord, { id: line.paymentId }, { escrowState: escrow.state });
  }

  private async followDecision(m: EntityManager, escrow: EscrowRecord, parcel: CodParcelRecord, line: FundedCodLine): Promise<void> {
    switch (escrow.state) {
      case 'ON_HOLD':
        if (parcel.pendingOutcome) {
          const { disputeId, refundAmount } = parcel.pendingOutcome;
          await this.parcels.clearPendingOutcome(m, parcel);
          await this.money.refundPart(m, escrow, toVnd(refundAmount), 'DISPUTE_OUTCOME', { disputeId });
        }
        return;
      case 'RELEASED':
      case 'PAID_OUT':
      case 'REFUNDED':
      case 'PARTIALLY_REFUNDED':
        await this.lateCash.settle(m, escrow, parcel, line.lineId, line.amount);
        return;
      default:
        return; // held until the escrow decides (window end, dispute outcome)
    }
  }

  private async recordRemitted(m: EntityManager, escrow: EscrowRecord, parcel: CodParcelRecord, line: FundedCodLine, now: Date): Promise<void> {
    await this.outbox.record(m, 'escrow.cod-remitted', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      courierId: line.courierId,
      remittanceId: line.remittanceId,
      trackingNumber: line.trackingNumber,
      amount: vndToWire(line.amount),
      bankReference: line.bankReference,
      collectedAt: parcel.deliveredAt?.toISOString() ?? null,
      transferredAt: line.transferredAt.toISOString(),
      remittedAt: now.toISOString(),
    });
  }

  private async recordFunded(m: EntityManager, escrow: EscrowRecord, now: Date): Promise<void> {
    await this.transitions.patch(m, escrow, { fundedAt: now }, now);
    await this.outbox.record(m, 'escrow.escrow-funded', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      heldAmount: vndToWire(await this.money.heldOf(m, escrow)),
      source: 'COD_REMITTANCE',
      excessAmount: 0,
      fundedAt: now.toISOString(),
    });
  }
}
