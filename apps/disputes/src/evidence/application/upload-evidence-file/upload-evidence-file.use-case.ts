import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import { nameContradicts, sanitiseFileName } from '../../domain/evidence-file-name';
import { checkEvidenceFile, type EvidenceRefusal } from '../../domain/evidence-rules';
import type { DetectedFileType } from '../../domain/file-type';
import { EvidenceUploadRecord } from '../../infrastructure/evidence-upload.orm-entity';
import type { EvidenceSubmitter } from '../evidence-attachment';
import { EVIDENCE_STORE, type EvidenceStore } from '../evidence-store';

/** A file as it arrived: its bytes, the part's declared Content-Type and file name (both only claims). */
export interface IncomingEvidenceFile {
  bytes: Buffer;
  declaredType: string | null;
  fileName: string | null;
}

/** A stored upload. */
export interface EvidenceUpload {
  fileId: string;
  contentType: DetectedFileType;
  size: number;
  sha256: string;
  fileName: string | null;
  uploadedAt: Date;
}

/** What uploading did: stored it, or refused it on its bytes or name (nothing stored). */
export type UploadEvidenceFileResult = { ok: true; upload: EvidenceUpload } | { ok: false; code: EvidenceRefusal; detail: string };

/**
 * A party uploads an evidence file before attaching it to a dispute action. The bytes decide
 * (`checkEvidenceFile`: not empty, an accepted type, the declared Content-Type agreeing, the kind's size); a file
 * name whose extension claims another kind of file is refused too (a PDF named `.png`). Then the file goes into
 * the evidence store and its `evidence_uploads` row (who uploaded it: the order for a buyer, the marketplace, or
 * the mediator) in one transaction.
 */
@Injectable()
export class UploadEvidenceFileUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(uploader: EvidenceSubmitter, file: IncomingEvidenceFile): Promise<UploadEvidenceFileResult> {
    const fileName = sanitiseFileName(file.fileName);
    const check = checkEvidenceFile(file.bytes, file.declaredType);
    if (!check.ok) return check;
    if (nameContradicts(fileName, check.kind)) {
      return { ok: false, code: 'FILE_TYPE_MISMATCH', detail: `The file is named as another kind of file than its content, which is ${check.contentType}.` };
    }
    return this.dataSource.transaction(async (m) => {
      const stored = await this.store.put(file.bytes, { contentType: check.contentType }, m);
      const uploadedAt = this.clock.now();
      const record: EvidenceUploadRecord = {
        fileId: stored.id,
        uploaderRole: uploader.role,
        orderId: uploader.role === 'BUYER' ? uploader.orderId : null,
        marketplaceId: uploader.role === 'MERCHANT' ? uploader.marketplaceId : null,
        operatorId: uploader.role === 'MEDIATOR' ? uploader.operatorId : null,
        fileName,
        uploadedAt,
      };
      await m.insert(EvidenceUploadRecord, record);
      return { ok: true, upload: { fileId: stored.id, contentType: stored.contentType, size: stored.size, sha256: stored.sha256, fileName, uploadedAt } };
    });
  }
}
