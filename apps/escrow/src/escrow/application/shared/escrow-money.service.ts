import { Inject, Injectable } from '@nestjs/common';
import type { EscrowState, RefundReason, ReleaseReason } from '@trustcircle/contracts';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { DocumentedOutbox } from '../../../documents/application/issue-document/documented-outbox';
import { CodParcels } from '../../../cod/application/shared/cod-parcels';
import { type CodMoneyDecision, lateMoneyRule } from '../../../cod/domain/late-money';
import { InstructionIssuer } from '../../../instructions/application/instruction-issuer';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { partialRefundTransaction, refundTransaction, releaseSplit, releaseTransaction } from '../../../ledger/domain/money-movements';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowTransitions } from './escrow-transitions';
import { recordRefunded, recordReleased } from './money-events';

/** Why held money moves, and the dispute behind it (if any). */
export interface MoneyCause {
  disputeId?: string | null;
}

/**
 * Moves an escrow's held money, in the caller's transaction and under its lock: the ledger transaction, the
 * state change, the escrow event and the partner instruction commit together. Ledger idempotency keys are the
 * escrow's id per purpose, so an escrow is released at most once and fully refunded at most once, and the
 * held-funds rule (never below zero) makes "released and refunded in full" impossible even for a buggy caller.
 *
 * A COD escrow may decide before all its cash is remitted (the window ends, a dispute is resolved): it moves what
 * it holds, and each decision also records on the COD parcel how cash remitted later follows it
 * (`lateMoneyRule`; applied per remittance line by `LateCodCash`).
 */
@Injectable()
export class EscrowMoney {
  constructor(
    private readonly ledger: LedgerService,
    private readonly outbox: DocumentedOutbox,
    private readonly issuer: InstructionIssuer,
    private readonly transitions: EscrowTransitions,
    private readonly parcels: CodParcels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The money the escrow holds now (posted balance of its held-funds account). */
  async heldOf(m: EntityManager, escrow: Pick<EscrowRecord, 'id'>): Promise<Vnd> {
    const held = await this.ledger.balancesOf({ type: 'HELD_FUNDS', escrowId: escrow.id }, m);
    return held?.posted ?? 0n;
  }

  /** Releases everything held to the seller (fee taken), moves the escrow to RELEASED and issues the payout. */
  async release(m: EntityManager, escrow: EscrowRecord, reason: ReleaseReason, cause: MoneyCause = {}): Promise<Vnd> {
    const now = this.clock.now();
    const held = await this.heldOf(m, escrow);
    await this.transitions.move(m, escrow, 'RELEASED', { holdDisputeId: null }, now);
    await this.decidedCod(m, escrow, { kind: 'RELEASED', reason }, cause, now);
    if (held === 0n) return 0n;
    await this.ledger.post(m, releaseTransaction({ escrowId: escrow.id, orderId: escrow.orderId, causeId: escrow.id, sellerId: escrow.sellerId, amount: held, feeBps: escrow.feeBps }));
    const split = releaseSplit(held, escrow.feeBps);
    await recordReleased(this.outbox, m, escrow, { amount: held, reason, afterPartialRefund: false, disputeId: cause.disputeId ?? null, at: now });
    if (split.seller > 0n) await this.issuer.issuePayout(m, escrow, split.seller, `release:${escrow.id}`);
    return held;
  }

  /**
   * Refunds everything held to the buyer and moves the escrow to `to` (REFUNDED, CANCELLED or EXPIRED). With
   * nothing held it only moves. Answers the amount refunded.
   */
  refundAll(m: EntityManager, escrow: EscrowRecord, to: EscrowState, reason: RefundReason, cause: MoneyCause = {}): Promise<Vnd> {
    return this.refundHeld(m, escrow, to, reason, cause, null);
  }

  /**
   * Refunds `refund` (0 < refund < held) to the buyer and releases the rest to the seller (fee on the released part
   * only), in one ledger transaction; the escrow becomes PARTIALLY_REFUNDED. A refund of 0 is a release, a refund
   * of everything held (or more) a full refund.
   */
  async refundPart(m: EntityManager, escrow: EscrowRecord, refund: Vnd, reason: RefundReason, cause: MoneyCause = {}): Promise<void> {
    const held = await this.heldOf(m, escrow);
    if (refund <= 0n) {
      await this.release(m, escrow, 'DISPUTE_OUTCOME', cause);
      return;
    }
    if (refund >= held) {
      await this.refundHeld(m, escrow, 'REFUNDED', reason, cause, refund);
      return;
    }
    const now = this.clock.now();
    const disputeId = cause.disputeId ?? null;
    await this.transitions.move(m, escrow, 'PARTIALLY_REFUNDED', { holdDisputeId: null }, now);
    await this.decidedCod(m, escrow, { kind: 'PARTIALLY_REFUNDED', reason }, cause, now);
    await this.ledger.post(
      m,
      partialRefundTransaction({ escrowId: escrow.id, orderId: escrow.orderId, causeId: escrow.id, sellerId: escrow.sellerId, held, refund, feeBps: escrow.feeBps }),
    );
    await recordRefunded(this.outbox, m, escrow, { refundType: 'PARTIAL', amount: refund, reason, disputeId, at: now });
    await this.issuer.issueRefund(m, escrow, refund, reason, `refund:${escrow.id}`);
    const released = held - refund;
    await recordReleased(this.outbox, m, escrow, { amount: released, reason: 'DISPUTE_OUTCOME', afterPartialRefund: true, disputeId, at: now });
    const split = releaseSplit(released, escrow.feeBps);
    if (split.seller > 0n) await this.issuer.issuePayout(m, escrow, split.seller, `release:${escrow.id}`);
  }

  /** Refunds everything held; `owed` is what the decision gives the buyer in all (null: everything, ever). */
  private async refundHeld(m: EntityManager, escrow: EscrowRecord, to: EscrowState, reason: RefundReason, cause: MoneyCause, owed: Vnd | null): Promise<Vnd> {
    const now = this.clock.now();
    const held = await this.heldOf(m, escrow);
    await this.transitions.move(m, escrow, to, { holdDisputeId: null }, now);
    await this.decidedCod(m, escrow, { kind: 'REFUNDED', reason, refunded: held, owed }, cause, now);
    if (held === 0n) return 0n;
    await this.ledger.post(m, refundTransaction({ escrowId: escrow.id, orderId: escrow.orderId, causeId: escrow.id, amount: held }));
    await recordRefunded(this.outbox, m, escrow, { refundType: 'FULL', amount: held, reason, disputeId: cause.disputeId ?? null, at: now });
    await this.issuer.issueRefund(m, escrow, held, reason, `refund:${escrow.id}`);
    return held;
  }

  /** For a COD escrow: how cash remitted after this decision follows it. */
  private async decidedCod(m: EntityManager, escrow: EscrowRecord, decision: CodMoneyDecision, cause: MoneyCause, now: Date): Promise<void> {
    if (escrow.paymentMethod !== 'COD') return;
    await this.parcels.decided(m, escrow, lateMoneyRule(decision, cause.disputeId ?? null, escrow.expectedAmount, now));
  }
}
