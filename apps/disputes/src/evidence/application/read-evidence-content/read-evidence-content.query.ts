import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { canSee, type DisputeViewer } from '../../../disputes/application/shared/dispute-access';
import { DisputeRecord } from '../../../disputes/infrastructure/dispute.orm-entity';
import { DisputeEvidenceRecord } from '../../../disputes/infrastructure/dispute-trail.orm-entities';
import { downloadFileName } from '../../domain/evidence-file-name';
import type { DetectedFileType } from '../../domain/file-type';
import { EvidenceUploadRecord } from '../../infrastructure/evidence-upload.orm-entity';
import { EVIDENCE_STORE, type EvidenceStore } from '../evidence-store';

/** A file of a dispute's evidence, ready to serve. */
export interface EvidenceContent {
  bytes: Buffer;
  /** The type detected from the bytes at upload. */
  contentType: DetectedFileType;
  sha256: string;
  /** The name to download it as (the uploader's, sanitised, with an extension of its real type). */
  fileName: string;
}

/**
 * The bytes of a file attached to a dispute, for someone who may see the dispute (`canSee`: the buyer of its
 * order, its marketplace, an operator; the caller lets only mediators and admins through as operators). `null`
 * for anything else: no such evidence, evidence of another dispute, a link, or a dispute the viewer may not see
 * (so a 404 confirms nothing).
 */
@Injectable()
export class ReadEvidenceContentQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  async execute(viewer: DisputeViewer, disputeId: string, evidenceId: string): Promise<EvidenceContent | null> {
    const m = this.dataSource.manager;
    const dispute = await m.findOne(DisputeRecord, { select: { id: true, orderId: true, marketplaceId: true }, where: { id: disputeId } });
    if (!dispute || !canSee(viewer, dispute)) return null;
    const evidence = await m.findOneBy(DisputeEvidenceRecord, { id: evidenceId, disputeId });
    if (!evidence || evidence.kind !== 'FILE' || evidence.fileId === null) return null;
    const file = await this.store.get(evidence.fileId);
    if (!file) return null;
    const upload = await m.findOne(EvidenceUploadRecord, { select: { fileId: true, fileName: true }, where: { fileId: evidence.fileId } });
    return {
      bytes: file.bytes,
      contentType: file.meta.contentType,
      sha256: file.meta.sha256,
      fileName: downloadFileName(upload?.fileName ?? null, file.meta.contentType, `evidence-${evidence.id}`),
    };
  }
}
