import { Injectable } from '@nestjs/common';
import type { EvidenceItemInput, EvidenceSubmitter } from '../../../evidence/application/evidence-attachment';
import { OPEN_DISPUTE_STATES } from '../../domain/dispute-state-machine';
import type { DisputeActionResult } from '../shared/action-result';
import type { DisputeViewer } from '../shared/dispute-access';
import { DisputeActions } from '../shared/dispute-actions';

/**
 * A party adds a message with more evidence to an open dispute (the buyer answering a rejection, the marketplace
 * adding proof, a mediator asking a question). It moves nothing and stops no deadline: only the actions do.
 */
@Injectable()
export class AddMessageUseCase {
  constructor(private readonly actions: DisputeActions) {}

  execute(viewer: DisputeViewer, disputeId: string, input: { message: string; evidence: readonly EvidenceItemInput[] }): Promise<DisputeActionResult> {
    return this.actions.run(viewer, disputeId, async (m, dispute, now) => {
      this.actions.requireTurn(dispute, OPEN_DISPUTE_STATES, now, false);
      const [role, authorId, submitter]: [('BUYER' | 'MERCHANT' | 'MEDIATOR'), string | null, EvidenceSubmitter] =
        viewer.kind === 'buyer'
          ? ['BUYER', null, { role: 'BUYER', orderId: viewer.orderId }]
          : viewer.kind === 'marketplace'
            ? ['MERCHANT', viewer.marketplaceId, { role: 'MERCHANT', marketplaceId: viewer.marketplaceId }]
            : ['MEDIATOR', viewer.operatorId, { role: 'MEDIATOR', operatorId: viewer.operatorId }];
      const messageId = await this.actions.transitions.trail(m, dispute, { role, authorId, kind: 'REPLY', body: input.message }, now);
      await this.actions.attach(m, dispute, messageId, submitter, input.evidence, now);
    });
  }
}
