import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { BuyerEvidenceController } from './api/buyer-evidence.controller';
import { CourierTimelineOnDeliveryEvents } from './api/courier-timeline.consumer';
import { PartyEvidenceController } from './api/party-evidence.controller';
import { AttachEvidenceUseCase } from './application/attach-evidence/attach-evidence.use-case';
import { CourierTimelineQuery } from './application/courier-timeline/courier-timeline.query';
import { EVIDENCE_ATTACHMENT } from './application/evidence-attachment';
import { EVIDENCE_STORE } from './application/evidence-store';
import { ReadEvidenceContentQuery } from './application/read-evidence-content/read-evidence-content.query';
import { RecordCourierCheckpointUseCase } from './application/record-courier-checkpoint/record-courier-checkpoint.use-case';
import { UploadEvidenceFileUseCase } from './application/upload-evidence-file/upload-evidence-file.use-case';
import { EVIDENCE_STORE_PROVIDER } from './infrastructure/evidence-store.provider';

/**
 * Evidence: files checked on their bytes and kept append-only in the evidence store (PostgreSQL large objects,
 * or an S3-compatible bucket: `EVIDENCE_STORE_PROVIDER`), uploaded by buyers,
 * marketplaces and mediators and served only to the parties and mediators; links; attaching both to a dispute
 * (`EVIDENCE_ATTACHMENT`); and each order's courier timeline, copied from delivery events (`CourierTimelineQuery`).
 *
 * AppModule imports it before DisputesModule, so its routes are registered first: `POST /v1/disputes/evidence-files`
 * is never taken for a `/v1/disputes/:id` route.
 */
@Module({
  imports: [BuyerAuthModule],
  controllers: [BuyerEvidenceController, PartyEvidenceController],
  providers: [
    EVIDENCE_STORE_PROVIDER,
    AttachEvidenceUseCase,
    { provide: EVIDENCE_ATTACHMENT, useExisting: AttachEvidenceUseCase },
    UploadEvidenceFileUseCase,
    ReadEvidenceContentQuery,
    RecordCourierCheckpointUseCase,
    CourierTimelineOnDeliveryEvents,
    CourierTimelineQuery,
  ],
  exports: [EVIDENCE_STORE, EVIDENCE_ATTACHMENT, CourierTimelineQuery],
})
export class EvidenceModule {}
