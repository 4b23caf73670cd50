import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EVIDENCE_ATTACHMENT, type EvidenceAttachment, type EvidenceItemInput, type EvidenceSubmitter } from '../../../evidence/application/evidence-attachment';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { ActionRefused, type DisputeActionResult } from './action-result';
import { canSee, type DisputeViewer } from './dispute-access';
import { DisputeMoveRefused, DisputeTransitions } from './dispute-transitions';
import { EvidenceRefused } from './evidence-refused';

/**
 * The frame every party action runs in: one transaction, the dispute locked, the caller's access checked (another
 * tenant's or buyer's dispute is not found), and any refusal found mid-way (evidence, a move the state machine
 * refuses) rolling the whole action back, so nothing is half-written.
 */
@Injectable()
export class DisputeActions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly transitions: DisputeTransitions,
    @Inject(EVIDENCE_ATTACHMENT) private readonly evidence: EvidenceAttachment,
  ) {}

  async run(viewer: DisputeViewer, disputeId: string, action: (m: EntityManager, dispute: DisputeRecord, now: Date) => Promise<void>): Promise<DisputeActionResult> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const dispute = await this.transitions.lock(m, disputeId);
        if (!dispute || !canSee(viewer, dispute)) return { kind: 'not-found' } as const;
        await action(m, dispute, this.transitions.now());
        return { kind: 'done', dispute } as const;
      });
    } catch (error) {
      if (error instanceof ActionRefused) return error.result;
      if (error instanceof EvidenceRefused) return { kind: 'invalid-evidence', refusal: error.refusal };
      if (error instanceof DisputeMoveRefused) return { kind: 'wrong-state', state: error.state };
      throw error;
    }
  }

  /** Refuses (rolls back) unless the dispute is in one of `states` and its running deadline has not passed. */
  requireTurn(dispute: DisputeRecord, states: readonly string[], now: Date, checkDeadline = true): void {
    if (!states.includes(dispute.state)) throw new ActionRefused({ kind: 'wrong-state', state: dispute.state });
    if (checkDeadline && dispute.currentDueAt && dispute.currentDeadline && now >= dispute.currentDueAt) {
      throw new ActionRefused({ kind: 'deadline-passed', deadline: dispute.currentDeadline, dueAt: dispute.currentDueAt });
    }
  }

  /** Attaches evidence to the trail entry `messageId` (refusal rolls back); answers how many pieces. */
  async attach(m: EntityManager, dispute: DisputeRecord, messageId: string, submitter: EvidenceSubmitter, items: readonly EvidenceItemInput[], at: Date): Promise<number> {
    if (items.length === 0) return 0;
    const attached = await this.evidence.attach(m, { disputeId: dispute.id, messageId, at }, submitter, items);
    if (!attached.ok) throw new EvidenceRefused(attached.refusal);
    return attached.count;
  }
}
