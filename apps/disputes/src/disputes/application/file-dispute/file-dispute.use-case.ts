import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DisputeReason, PaymentMethod, RequestedOutcome, VulnerableCategory } from '@trustcircle/contracts';
import { CLOCK, type Clock, type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { DisputesEnv } from '../../../config/disputes.env';
import { TrustLedger } from '../../../trust/application/record-trust/trust-ledger';
import { EVIDENCE_ATTACHMENT, type EvidenceAttachment, type EvidenceAttachRefusal, type EvidenceItemInput } from '../../../evidence/application/evidence-attachment';
import { OPEN_DISPUTE_STATES } from '../../domain/dispute-state-machine';
import { type FilingRefusalCode, filingWindow } from '../../domain/filing-window';
import { checkPartialAmount, type MoneyOutcomeError } from '../../domain/money-outcome';
import { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { OrderFactsRecord } from '../../infrastructure/order-facts.orm-entity';
import { DisputeTransitions } from '../shared/dispute-transitions';
import { EvidenceRefused } from '../shared/evidence-refused';

/** A buyer's complaint, checked on the wire (amounts already bigint). */
export interface FileDisputeInput {
  orderCode: string;
  reason: DisputeReason;
  description: string;
  requestedOutcome: RequestedOutcome;
  requestedAmount: Vnd | null;
  vulnerableCategory: VulnerableCategory | null;
  evidence: readonly EvidenceItemInput[];
}

/** What filing did. */
export type FileDisputeResult =
  | { kind: 'filed'; dispute: DisputeRecord }
  /** No such order for this buyer token (or disputes has not learnt of it yet). */
  | { kind: 'not-found' }
  /** Outside the filing window: the deadline (or precondition) that refused it, and how the order is paid (COD: at delivery). */
  | { kind: 'window-closed'; code: FilingRefusalCode; passedAt: Date | null; paymentMethod: PaymentMethod }
  | { kind: 'already-open'; disputeId: string }
  /** An earlier complaint about the order already ended with a money outcome (resolved or closed). */
  | { kind: 'already-decided'; disputeId: string }
  /** The requested amount does not fit the requested outcome or the order total. */
  | { kind: 'invalid-amount'; code: MoneyOutcomeError }
  /** A piece of evidence was refused (nothing is stored). */
  | { kind: 'invalid-evidence'; refusal: EvidenceAttachRefusal };

const UNIQUE_VIOLATION = '23505';

/**
 * A buyer files a complaint about the order their token opens. Within the filing window (see `filingWindow`: from
 * payment, which for a cash-on-delivery order is its outbound delivery),
 * never again once a complaint about the order ended with a money outcome (RESOLVED or CLOSED: the money was
 * decided once; after a withdrawal the buyer may file again while the window is open), one open dispute per order (the order's facts row is locked, and a partial unique index backs it): the dispute
 * is stored AWAITING_MERCHANT, and `disputes.dispute-opened` (with the merchant's response deadline) and
 * `disputes.hold-requested` are recorded in the same transaction.
 */
@Injectable()
export class FileDisputeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly transitions: DisputeTransitions,
    @Inject(EVIDENCE_ATTACHMENT) private readonly evidence: EvidenceAttachment,
    private readonly env: DisputesEnv,
    private readonly trust: TrustLedger,
  ) {}

  async execute(grant: { orderId: string; orderCode: string }, input: FileDisputeInput): Promise<FileDisputeResult> {
    if (grant.orderCode !== input.orderCode) return { kind: 'not-found' };
    try {
      return await this.dataSource.transaction((m) => this.file(m, grant.orderId, input));
    } catch (error) {
      if (error instanceof EvidenceRefused) return { kind: 'invalid-evidence', refusal: error.refusal };
      if ((error as { driverError?: { code?: string } }).driverError?.code !== UNIQUE_VIOLATION) throw error;
      const open = await this.dataSource.manager.findOneBy(DisputeRecord, { orderId: grant.orderId, state: In([...OPEN_DISPUTE_STATES]) });
      return { kind: 'already-open', disputeId: open?.id ?? '' };
    }
  }

  private async file(m: EntityManager, orderId: string, input: FileDisputeInput): Promise<FileDisputeResult> {
    const facts = await m.findOne(OrderFactsRecord, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
    if (!facts || facts.orderCode !== input.orderCode || !facts.totalAmount || !facts.marketplaceId || !facts.sellerId) return { kind: 'not-found' };
    const amountError = input.requestedOutcome === 'REFUND_PARTIAL' ? checkPartialAmount(input.requestedAmount, facts.totalAmount) : input.requestedAmount === null ? null : 'AMOUNT_NOT_ALLOWED';
    if (amountError) return { kind: 'invalid-amount', code: amountError };

    const now = this.clock.now();
    const window = filingWindow(facts, input.reason, now, this.env.NOT_RECEIVED_FILING_DAYS);
    if (!window.allowed) return { kind: 'window-closed', code: window.code, passedAt: window.passedAt, paymentMethod: facts.paymentMethod ?? 'PREPAID' };
    const open = await m.findOneBy(DisputeRecord, { orderId, state: In([...OPEN_DISPUTE_STATES]) });
    if (open) return { kind: 'already-open', disputeId: open.id };
    const decided = await m.findOneBy(DisputeRecord, { orderId, state: In(['RESOLVED', 'CLOSED']) });
    if (decided) return { kind: 'already-decided', disputeId: decided.id };

    const vulnerable = input.vulnerableCategory !== null;
    const dispute = m.create(DisputeRecord, {
      id: randomUUID(),
      orderId,
      orderCode: input.orderCode,
      marketplaceId: facts.marketplaceId,
      sellerId: facts.sellerId,
      state: 'AWAITING_MERCHANT',
      reason: input.reason,
      description: input.description,
      requestedOutcome: input.requestedOutcome,
      requestedAmount: input.requestedAmount,
      orderTotal: facts.totalAmount,
      vulnerable,
      vulnerableCategory: input.vulnerableCategory,
      vulnerableStatus: vulnerable ? 'DECLARED' : 'NONE',
      openedAt: now,
      updatedAt: now,
    });
    await this.transitions.startDeadline(m, dispute, now);
    dispute.merchantResponseDueAt = dispute.currentDueAt as Date;
    await m.insert(DisputeRecord, dispute);
    const messageId = await this.transitions.trail(m, dispute, { role: 'BUYER', kind: 'FILED', body: input.description, amount: input.requestedAmount }, now);
    const attached = await this.evidence.attach(m, { disputeId: dispute.id, messageId, at: now }, { role: 'BUYER', orderId }, input.evidence);
    if (!attached.ok) throw new EvidenceRefused(attached.refusal);
    await this.trust.disputeOpened(m, dispute, now);
    await this.outbox.record(m, 'disputes.dispute-opened', {
      orderId,
      disputeId: dispute.id,
      marketplaceId: dispute.marketplaceId,
      sellerId: dispute.sellerId,
      reason: dispute.reason,
      requestedOutcome: dispute.requestedOutcome,
      requestedAmount: dispute.requestedAmount === null ? null : vndToWire(dispute.requestedAmount),
      vulnerable,
      vulnerableCategory: dispute.vulnerableCategory,
      evidenceCount: attached.count,
      merchantResponseDueAt: dispute.merchantResponseDueAt.toISOString(),
      openedAt: now.toISOString(),
    });
    if (vulnerable) {
      await this.outbox.record(m, 'disputes.vulnerable-flag-changed', {
        orderId,
        disputeId: dispute.id,
        change: 'DECLARED',
        vulnerable: true,
        category: input.vulnerableCategory,
        changedBy: null,
        reason: null,
        changedAt: now.toISOString(),
      });
    }
    await this.outbox.record(m, 'disputes.hold-requested', { orderId, disputeId: dispute.id, requestedAt: now.toISOString() });
    return { kind: 'filed', dispute };
  }
}
