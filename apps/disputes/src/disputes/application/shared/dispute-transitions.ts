import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import type { EntityManager } from 'typeorm';
import { DisputesEnv } from '../../../config/disputes.env';
import { TrustLedger } from '../../../trust/application/record-trust/trust-ledger';
import { deadlineOnEntering, type DisputeDeadlineHours } from '../../domain/dispute-deadlines';
import { type DisputeState, type DisputeTransitionContext, disputeStateMachine, nextDisputeState } from '../../domain/dispute-state-machine';
import { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { type DisputeMessageKind, DisputeMessageRecord, type TrailAuthorRole } from '../../infrastructure/dispute-trail.orm-entities';
import { DISPUTE_DEADLINE_KINDS, type DisputeDeadlinePayload, deadlineHoursOf } from './dispute-deadline-kinds';

/** One entry for the dispute's trail. */
export interface TrailEntry {
  role: TrailAuthorRole;
  /** Marketplace (partner id) or mediator (operator id); null for the buyer and the system. */
  authorId?: string | null;
  kind: DisputeMessageKind;
  body?: string | null;
  amount?: Vnd | null;
}

/** A refused move: the state machine's code (`DISPUTE_FINISHED`, `TRIGGER_NOT_ALLOWED`, a guard's code). */
export class DisputeMoveRefused extends Error {
  constructor(
    readonly code: string,
    readonly state: DisputeState,
  ) {
    super(`dispute move refused in ${state}: ${code}`);
  }
}

/**
 * Moves disputes, always inside the caller's transaction on a locked row: the state machine decides, the
 * deadline of the new state (and its reminder) replaces the old one on the shared scheduler, and entries join the
 * append-only trail. Use cases record their own events next to it (one transaction: the outbox).
 */
@Injectable()
export class DisputeTransitions {
  private readonly hours: DisputeDeadlineHours;

  constructor(
    private readonly scheduler: DeadlineScheduler,
    @Inject(CLOCK) private readonly clock: Clock,
    env: DisputesEnv,
    private readonly trust: TrustLedger,
  ) {
    this.hours = deadlineHoursOf(env);
  }

  /** The configured deadline lengths. */
  get deadlineHours(): DisputeDeadlineHours {
    return this.hours;
  }

  now(): Date {
    return this.clock.now();
  }

  /** The dispute, locked for the rest of the transaction (FOR UPDATE), or null. */
  lock(m: EntityManager, disputeId: string): Promise<DisputeRecord | null> {
    return m.findOne(DisputeRecord, { where: { id: disputeId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The open dispute of an order, locked, or null. */
  async lockOpenOfOrder(m: EntityManager, orderId: string): Promise<DisputeRecord | null> {
    const rows = await m
      .createQueryBuilder(DisputeRecord, 'd')
      .setLock('pessimistic_write')
      .where('d.order_id = :orderId', { orderId })
      .andWhere('d.finished_at IS NULL')
      .orderBy('d.opened_at', 'DESC')
      .getMany();
    return rows[0] ?? null;
  }

  /**
   * Moves `dispute` with `context` (refused with {@link DisputeMoveRefused}) and starts the new state's deadline:
   * the running deadline and its reminder are replaced (or cancelled in a final state, which also stamps
   * `finishedAt`), and the move's effect on the merchant's and marketplace's trust counters is recorded. Saves the row.
   */
  async move(m: EntityManager, dispute: DisputeRecord, context: DisputeTransitionContext, now: Date): Promise<DisputeState> {
    const next = nextDisputeState(dispute.state, context);
    if (!next.ok) throw new DisputeMoveRefused(next.code, dispute.state);
    await this.trust.disputeMoved(m, dispute, { from: dispute.state, to: next.to, trigger: context.trigger }, now);
    dispute.state = next.to;
    dispute.updatedAt = now;
    await this.startDeadline(m, dispute, now);
    if (disputeStateMachine.isFinal(next.to)) dispute.finishedAt = now;
    await m.save(DisputeRecord, dispute);
    return next.to;
  }

  /**
   * Starts the deadline of the state `dispute` is in (entered `now`), with its reminder, replacing the running
   * one; in a final state, stops them. Sets the deadline columns; the caller saves (or inserts) the row.
   */
  async startDeadline(m: EntityManager, dispute: DisputeRecord, now: Date): Promise<void> {
    const deadline = deadlineOnEntering(dispute.state, now, dispute.vulnerable, this.hours);
    if (!deadline) return this.stopDeadlines(m, dispute);
    const payload: DisputeDeadlinePayload = { deadline: deadline.deadline, dueAt: deadline.dueAt.toISOString() };
    await this.scheduler.schedule(m, DISPUTE_DEADLINE_KINDS.DUE, dispute.id, deadline.dueAt, { ...payload });
    await this.scheduler.schedule(m, DISPUTE_DEADLINE_KINDS.REMINDER, dispute.id, deadline.remindAt, { ...payload });
    dispute.currentDeadline = deadline.deadline;
    dispute.currentDueAt = deadline.dueAt;
    if (deadline.deadline === 'MEDIATOR_DECISION') dispute.mediatorDueAt = deadline.dueAt;
  }

  /** Cancels the running deadline and its reminder (a final state, or a return that shipped). */
  async stopDeadlines(m: EntityManager, dispute: DisputeRecord): Promise<void> {
    await this.scheduler.cancel(m, DISPUTE_DEADLINE_KINDS.DUE, dispute.id);
    await this.scheduler.cancel(m, DISPUTE_DEADLINE_KINDS.REMINDER, dispute.id);
    dispute.currentDeadline = null;
    dispute.currentDueAt = null;
  }

  /** Adds an entry to the dispute's append-only trail; answers its id. */
  async trail(m: EntityManager, dispute: DisputeRecord, entry: TrailEntry, at: Date): Promise<string> {
    const id = randomUUID();
    await m.insert(DisputeMessageRecord, {
      id,
      disputeId: dispute.id,
      authorRole: entry.role,
      authorId: entry.authorId ?? null,
      kind: entry.kind,
      body: entry.body ?? null,
      amount: entry.amount ?? null,
      createdAt: at,
    });
    return id;
  }
}
