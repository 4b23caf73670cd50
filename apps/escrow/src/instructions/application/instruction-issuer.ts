import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { BeneficiaryV1, RefundReason } from '@trustcircle/contracts';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../escrow/infrastructure/escrow.orm-entity';
import { awaitingSellerBeneficiary } from '../../payout-accounts/domain/payout-account-details';
import { awaitingBuyerBeneficiary } from '../../refund-destinations/domain/buyer-beneficiary';
import { allocateOverPayments, coverable, type PaymentCapacity, sharesByPartner } from '../domain/payment-allocation';
import type { InstructionRecord } from '../infrastructure/instruction.orm-entity';
import { ClawbackRecovery } from './shared/clawback-recovery';
import { CodRefundDestination, type RefundRoute } from './shared/cod-refund-destination';
import { InstructionEvents } from './shared/instruction-events';
import { InstructionInFlight } from './shared/instruction-in-flight';
import { InstructionStore } from './shared/instruction-store';
import type { InstructionTarget } from './shared/instruction-target';
import { PayoutAccountMissing } from './shared/payout-account-missing';
import { PayoutAccountResolver } from './shared/payout-account-resolver';

/** The payment a refund goes back against (its partner refunds it, quoting the partner transaction id). */
export interface RefundablePayment {
  id: string;
  partnerId: string;
  partnerTxnId: string;
}

/** One instruction's part of a refund: the payment it comes from (COD: a remittance line's) and how much. */
interface RefundShare {
  paymentId: string;
  partnerId: string;
  partnerTxnId: string;
  amount: Vnd;
}

/** A PREPAID refund goes back to the buyer against the original payment. */
const ORIGINAL_PAYMENT: BeneficiaryV1 = { party: 'BUYER', destination: 'ORIGINAL_PAYMENT', sellerId: null, institutionCode: null, accountNumberMasked: null };

/**
 * Issues payout and refund instructions to payment partners, in the caller's transaction, with their events
 * (`escrow.payout-instruction-issued`, `escrow.refund-instruction-issued`, `escrow.payout-account-missing`,
 * `escrow.refund-destination-required`).
 * The caller has already moved the money in the ledger (to seller payable or buyer refund payable); an
 * instruction asks the partner to move it in the real world: issued (PENDING), its settlement movement is posted
 * as a pending ledger transaction (money in flight), and its settlement posts it for good, clearing the payable.
 * Each method is idempotent by `causeKey`: a repeat issues nothing.
 */
@Injectable()
export class InstructionIssuer {
  constructor(
    private readonly store: InstructionStore,
    private readonly events: InstructionEvents,
    private readonly inFlight: InstructionInFlight,
    private readonly accounts: PayoutAccountResolver,
    private readonly clawbacks: ClawbackRecovery,
    private readonly missing: PayoutAccountMissing,
    private readonly codRefunds: CodRefundDestination,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Refunds `amount` of the escrow's money to the buyer: one REFUND instruction per payment that funded it (oldest
   * first), never more than a payment's amount minus what was already refunded from it. A PREPAID refund goes back
   * against the payment; a cash-on-delivery refund goes from the partner that received the courier's remittance
   * to the bank account or e-wallet the buyer gave, and with none given it waits (AWAITING_ACCOUNT) and
   * `escrow.refund-destination-required` asks the buyer for one. What the payments cannot cover (money held
   * without a payment behind it, e.g. after an operator's correction) stays payable and is raised to operators instead.
   */
  async issueRefund(m: EntityManager, escrow: EscrowRecord, amount: Vnd, reason: RefundReason, causeKey: string): Promise<void> {
    if (amount <= 0n || (await this.store.anyIssued(m, causeKey))) return;
    const covered = await this.cover(m, escrow, amount, 'refund', await this.store.paymentCapacities(m, escrow.id));
    if (covered.amount === 0n) return;
    const shares = allocateOverPayments(covered.amount, covered.payments).map((s) => ({ ...s.payment, amount: s.amount }));
    await this.issueRefunds(m, escrow, shares, reason, causeKey);
  }

  /** Refunds `amount` of one payment (an overpayment's excess, a parked payment never matched: escrow null). */
  async issuePaymentRefund(m: EntityManager, escrow: EscrowRecord | null, payment: RefundablePayment, amount: Vnd, reason: RefundReason, causeKey: string): Promise<void> {
    if (amount <= 0n || (await this.store.anyIssued(m, causeKey))) return;
    await this.issueRefunds(m, escrow, [{ paymentId: payment.id, partnerId: payment.partnerId, partnerTxnId: payment.partnerTxnId, amount }], reason, causeKey);
  }

  /**
   * Pays the seller `amount` (the released amount net of the fee) to the payout account of the order, or the one
   * the marketplace registered; with none, the payout waits and `escrow.payout-account-missing` tells the
   * marketplace. Outstanding claw-backs of the seller are deducted first. The paying partners are those whose
   * payments funded the escrow (net of refunds), one instruction per partner.
   */
  async issuePayout(m: EntityManager, escrow: EscrowRecord, amount: Vnd, causeKey: string): Promise<void> {
    if (amount <= 0n || (await this.store.anyIssued(m, causeKey))) return;
    const recovered = await this.clawbacks.recover(m, escrow, amount, causeKey);
    const covered = await this.cover(m, escrow, amount - recovered, 'payout', await this.store.paymentCapacities(m, escrow.id));
    const payout = covered.amount;
    if (payout === 0n) return;
    const parts = sharesByPartner(allocateOverPayments(payout, covered.payments));
    const account = await this.accounts.accountFor(m, escrow);
    const now = this.clock.now();
    let waiting = false;
    for (const part of parts) {
      const id = this.store.newId();
      const target = account ? this.accounts.pointAt(id, escrow.sellerId, account) : { beneficiary: awaitingSellerBeneficiary(escrow.sellerId) };
      const instruction = await this.store.insert(
        m,
        {
          id,
          kind: 'PAYOUT',
          status: account ? 'PENDING' : 'AWAITING_ACCOUNT',
          causeKey: `${causeKey}:${part.partnerId}`,
          issueKey: causeKey,
          escrowId: escrow.id,
          orderId: escrow.orderId,
          marketplaceId: escrow.marketplaceId,
          sellerId: escrow.sellerId,
          partnerId: part.partnerId,
          paymentId: null,
          originalPartnerTxnId: null,
          amount: part.amount,
          reason: null,
          ...target,
        },
        now,
      );
      if (!instruction) continue;
      if (instruction.status === 'PENDING') {
        await this.inFlight.hold(m, instruction);
        await this.events.issued(m, instruction);
      } else waiting = true;
    }
    if (waiting) await this.missing.tell(m, escrow, payout, causeKey, now);
  }

  /**
   * The part of `amount` the escrow's payments can carry. A shortfall (never in normal operation: held money
   * always comes from payments) is left payable in the ledger and raised to operators, never thrown: a throw
   * would roll back the release or refund that caused it, and retry it forever.
   */
  private async cover(m: EntityManager, escrow: EscrowRecord, amount: Vnd, what: 'refund' | 'payout', payments: PaymentCapacity[]): Promise<{ amount: Vnd; payments: PaymentCapacity[] }> {
    const covered = coverable(amount, payments);
    if (covered < amount) {
      await this.outbox.record(m, 'platform.operator-alert-raised', {
        alertId: randomUUID(),
        severity: 'CRITICAL',
        code: 'INSTRUCTION_UNCOVERED',
        message: `The ${what} of ${amount} VND for escrow ${escrow.id} exceeds what its payments can carry by ${amount - covered} VND; that part stays payable in the ledger: settle it with a manual action.`,
        service: 'escrow',
        orderId: escrow.orderId,
        raisedAt: this.clock.now().toISOString(),
      });
    }
    return { amount: covered, payments };
  }

  /** Issues one refund per share, routed as the escrow's refunds go (see `CodRefundDestination`). */
  private async issueRefunds(m: EntityManager, escrow: EscrowRecord | null, shares: readonly RefundShare[], reason: RefundReason, causeKey: string): Promise<void> {
    const route = await this.codRefunds.routeFor(m, escrow);
    const now = this.clock.now();
    let waiting = false;
    for (const share of shares) {
      const instruction = await this.issueRefundOf(m, escrow, share, reason, causeKey, route, now);
      waiting ||= instruction?.status === 'AWAITING_ACCOUNT';
    }
    if (waiting && escrow) await this.codRefunds.tellRequired(m, escrow, shares.reduce((sum, s) => sum + s.amount, 0n), causeKey, now);
  }

  private async issueRefundOf(m: EntityManager, escrow: EscrowRecord | null, share: RefundShare, reason: RefundReason, causeKey: string, route: RefundRoute, now: Date): Promise<InstructionRecord | null> {
    const id = this.store.newId();
    const toBuyer = route.kind === 'BUYER_DESTINATION';
    let target: Partial<InstructionTarget> & Pick<InstructionTarget, 'beneficiary'> = { beneficiary: ORIGINAL_PAYMENT };
    if (toBuyer) target = route.destination ? this.codRefunds.pointAt(id, route.destination) : { beneficiary: awaitingBuyerBeneficiary() };
    const instruction = await this.store.insert(
      m,
      {
        id,
        kind: 'REFUND',
        status: toBuyer && !route.destination ? 'AWAITING_ACCOUNT' : 'PENDING',
        causeKey: `${causeKey}:${share.paymentId}`,
        issueKey: causeKey,
        escrowId: escrow?.id ?? null,
        orderId: escrow?.orderId ?? null,
        marketplaceId: escrow?.marketplaceId ?? null,
        sellerId: null,
        partnerId: share.partnerId,
        paymentId: share.paymentId,
        originalPartnerTxnId: toBuyer ? null : share.partnerTxnId,
        amount: share.amount,
        reason,
        ...target,
      },
      now,
    );
    if (instruction?.status === 'PENDING') {
      await this.inFlight.hold(m, instruction);
      await this.events.issued(m, instruction);
    }
    return instruction;
  }
}
