import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { DisputeEvidenceRecord } from '../../../disputes/infrastructure/dispute-trail.orm-entities';
import { fileIdsOf, planEvidenceItems, tooManyEvidenceItems } from '../../domain/evidence-items';
import { EvidenceUploadRecord, type EvidenceUploaderRole } from '../../infrastructure/evidence-upload.orm-entity';
import type { EvidenceAttachment, EvidenceItemInput, EvidenceSubmitter } from '../evidence-attachment';

/** The `evidence_uploads` columns that say a file is the submitter's. */
function ownedBy(submitter: EvidenceSubmitter): { uploaderRole: EvidenceUploaderRole; orderId?: string; marketplaceId?: string } {
  switch (submitter.role) {
    case 'BUYER':
      return { uploaderRole: 'BUYER', orderId: submitter.orderId };
    case 'MERCHANT':
      return { uploaderRole: 'MERCHANT', marketplaceId: submitter.marketplaceId };
    case 'MEDIATOR':
      return { uploaderRole: 'MEDIATOR' };
  }
}

/**
 * Attaches evidence to a dispute in the caller's transaction (`EvidenceAttachment`, bound to
 * `EVIDENCE_ATTACHMENT`): the items are checked first (`planEvidenceItems`: count, the submitter's own uploads
 * not attached yet, link rules), then stored together as `dispute_evidence` rows, or none is. It locks the
 * dispute's row before it looks at files (`FOR UPDATE`, a no-op when the caller holds it already), so two actions
 * can never attach the same file twice.
 */
@Injectable()
export class AttachEvidenceUseCase implements EvidenceAttachment {
  async attach(
    manager: EntityManager,
    target: { disputeId: string; messageId: string | null; at: Date },
    submitter: EvidenceSubmitter,
    items: readonly EvidenceItemInput[],
  ): ReturnType<EvidenceAttachment['attach']> {
    if (items.length === 0) return { ok: true, count: 0 };
    const tooMany = tooManyEvidenceItems(items);
    if (tooMany) return tooMany;
    const ids = fileIdsOf(items);
    const facts = ids.length === 0 ? { uploadedBySubmitter: new Set<string>(), alreadyAttached: new Set<string>() } : await this.factsOf(manager, target.disputeId, submitter, ids);
    const plan = planEvidenceItems(items, facts);
    if (!plan.ok) return plan;
    const rows = plan.items.map(
      (item): Omit<DisputeEvidenceRecord, 'seq'> => ({
        id: randomUUID(),
        disputeId: target.disputeId,
        messageId: target.messageId,
        submittedByRole: submitter.role,
        kind: item.kind,
        fileId: item.kind === 'FILE' ? item.fileId : null,
        url: item.kind === 'LINK' ? item.url : null,
        description: item.description,
        createdAt: target.at,
      }),
    );
    await manager.insert(DisputeEvidenceRecord, rows);
    return { ok: true, count: rows.length };
  }

  private async factsOf(m: EntityManager, disputeId: string, submitter: EvidenceSubmitter, ids: string[]): Promise<{ uploadedBySubmitter: Set<string>; alreadyAttached: Set<string> }> {
    await m.query(`SELECT 1 FROM "disputes"."disputes" WHERE "id" = $1 FOR UPDATE`, [disputeId]);
    const uploads = await m.find(EvidenceUploadRecord, { select: { fileId: true }, where: { fileId: In(ids), ...ownedBy(submitter) } });
    const attached = await m.find(DisputeEvidenceRecord, { select: { fileId: true }, where: { disputeId, fileId: In(ids) } });
    return { uploadedBySubmitter: new Set(uploads.map((u) => u.fileId)), alreadyAttached: new Set(attached.map((a) => a.fileId as string)) };
  }
}
